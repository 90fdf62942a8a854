// The waiting machinery under the runtime's queue, semaphore, lock, event, condition and
// barrier: coroutines suspended until someone wakes them, first come, first woken.
//
// A waiter that is cancelled leaves the list at once (its co_await throws operation_aborted);
// a waiter that is woken has left it already and can no longer be cancelled there. So a
// primitive can hand the woken waiter something (an item, a permit, the lock), and nothing
// is lost or given twice.
#pragma once
#include <boost/asio/any_completion_handler.hpp>
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/associated_cancellation_slot.hpp>
#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/cancellation_signal.hpp>
#include <boost/asio/error.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <cstddef>
#include <list>
#include <utility>
#include <variant>

namespace asio = boost::asio;

namespace a2a::detail {

// `Slot` is what a waiter can be handed: each waiter points to one in its own frame.
template <typename Slot = std::monostate>
class waiter_list {
 public:
  waiter_list() = default;
  waiter_list(const waiter_list&) = delete;
  waiter_list& operator=(const waiter_list&) = delete;

  // Whoever still waits when the primitive goes away is woken with operation_aborted.
  ~waiter_list()
  {
    while (!waiters_.empty()) finish(waiters_.begin(), asio::error::operation_aborted);
  }

  // Suspends until wake_one() or wake_all() picks this waiter.
  asio::awaitable<void> wait(Slot* slot = nullptr)
  {
    return asio::async_initiate<decltype(asio::use_awaitable), void(boost::system::error_code)>(
        [this, slot](auto handler) {
          asio::any_io_executor executor = asio::get_associated_executor(handler);
          auto cancellation = asio::get_associated_cancellation_slot(handler);
          auto me = waiters_.insert(waiters_.end(),
                                    waiter{std::move(handler), executor, cancellation, slot});
          if (cancellation.is_connected()) {
            cancellation.assign([this, me](asio::cancellation_type) {
              me->cancellation = {};  // this handler is running: the slot must not be cleared now
              finish(me, asio::error::operation_aborted);
            });
          }
        },
        asio::use_awaitable);
  }

  // Wakes the longest waiter, after `give(slot)` has handed it what it waited for.
  // Returns false when nobody waits.
  template <typename Give>
  bool wake_one(Give&& give)
  {
    if (waiters_.empty()) return false;
    auto first = waiters_.begin();
    if (first->slot != nullptr) give(*first->slot);
    finish(first, {});
    return true;
  }

  bool wake_one()
  {
    return wake_one([](Slot&) {});
  }

  void wake_all()
  {
    while (wake_one()) {
    }
  }

  bool empty() const { return waiters_.empty(); }
  std::size_t size() const { return waiters_.size(); }

 private:
  struct waiter {
    asio::any_completion_handler<void(boost::system::error_code)> handler;
    asio::any_io_executor executor;
    asio::cancellation_slot cancellation;
    Slot* slot;
  };

  void finish(typename std::list<waiter>::iterator which, boost::system::error_code result)
  {
    auto handler = std::move(which->handler);
    auto executor = which->executor;
    if (which->cancellation.is_connected()) which->cancellation.clear();
    waiters_.erase(which);
    asio::post(executor, [handler = std::move(handler), result]() mutable {
      std::move(handler)(result);
    });
  }

  std::list<waiter> waiters_;
};

}  // namespace a2a::detail
