// The waiting under the runtime's queue, semaphore, lock, event, condition and barrier: a
// list of suspended coroutines, first come, first woken. asyncio keeps a deque of futures
// for the same purpose.
//
// A waiter that is cancelled leaves the list at once (its co_await throws operation_aborted).
// A waiter that is woken has left the list already, so it can no longer be cancelled there:
// a primitive can hand the woken waiter something (a permit, the lock) and nothing is lost
// or given twice.
#pragma once
#include "a2a/core.hpp"

#include <list>

namespace a2a::detail {

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

  // Suspends until wake_one() or wake_all() picks this waiter. `what` names the wait for
  // chapter 18's list of tasks ("queue.get").
  asio::awaitable<void> wait(const char* what)
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

  // Wakes the longest waiter; false when nobody waits.
  bool wake_one()
  {
    if (waiters_.empty()) return false;
    finish(waiters_.begin(), {});
    return true;
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
    wait_note note;  // for chapter 18's list of tasks
  };

  void finish(std::list<waiter>::iterator which, boost::system::error_code result)
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

  std::list<waiter> waiters_;
};

}  // namespace a2a::detail
