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
  ~waiter_list();

  // Suspends until wake_one() or wake_all() picks this waiter. `what` names the wait for
  // chapter 18's list of tasks ("queue.get").
  asio::awaitable<void> wait(const char* what);

  // Wakes the longest waiter; false when nobody waits.
  bool wake_one();
  void wake_all();

  bool empty() const { return waiters_.empty(); }
  std::size_t size() const { return waiters_.size(); }

 private:
  struct waiter {
    asio::any_completion_handler<void(boost::system::error_code)> handler;
    asio::any_io_executor executor;
    asio::cancellation_slot cancellation;
    wait_note note;  // for chapter 18's list of tasks
  };

  void finish(std::list<waiter>::iterator which, boost::system::error_code result);

  std::list<waiter> waiters_;
};

}  // namespace a2a::detail
