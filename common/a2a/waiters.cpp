#include "a2a/waiters.hpp"

namespace a2a::detail {

waiter_list::~waiter_list()
{
  while (!waiters_.empty()) finish(waiters_.begin(), asio::error::operation_aborted);
}

asio::awaitable<void> waiter_list::wait(const char* what)
{
  return asio::async_initiate<decltype(asio::use_awaitable), void(boost::system::error_code)>(
      [this, what](auto handler) {
        asio::any_io_executor executor = asio::get_associated_executor(handler);
        auto cancellation = asio::get_associated_cancellation_slot(handler);
        auto me = waiters_.insert(waiters_.end(),
                                  waiter{std::move(handler), executor, cancellation, note_wait("{}", what)});
        if (cancellation.is_connected()) {
          cancellation.assign([this, me](asio::cancellation_type) {
            me->cancellation = {};  // this handler is running: the slot must not be cleared now
            finish(me, asio::error::operation_aborted);
          });
        }
      },
      asio::use_awaitable);
}

bool waiter_list::wake_one()
{
  if (waiters_.empty()) return false;
  finish(waiters_.begin(), {});
  return true;
}

void waiter_list::wake_all()
{
  while (wake_one()) {
  }
}

void waiter_list::finish(std::list<waiter>::iterator which, boost::system::error_code result)
{
  auto handler = std::move(which->handler);
  auto executor = which->executor;
  if (which->cancellation.is_connected()) which->cancellation.clear();
  waiters_.erase(which);
  // Posted, not called: the waiter resumes from the loop once whoever woke it (a put(), a
  // release()) has returned, as an asyncio future's callbacks run on the loop's next turn.
  asio::post(executor, [handler = std::move(handler), result]() mutable {
    std::move(handler)(result);
  });
}

}  // namespace a2a::detail
