// asyncio's synchronisation primitives for coroutines on one thread: semaphore,
// bounded_semaphore, lock, event, condition and barrier. Waiters are served first come,
// first served, and a waiter that is cancelled leaves the primitive as if it had never
// waited. Like asyncio's, they are not for threads: use std::mutex and friends there.
//
// `async with semaphore:` becomes `auto held = co_await semaphore.hold();`: releasing never
// waits, so a plain destructor can do it (chapter 07 needed async_with for async clean-up).
#pragma once
#include "a2a/timeout.hpp"
#include "a2a/waiters.hpp"

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <utility>

namespace a2a {

// Releases what it holds when it goes out of scope.
template <typename Primitive>
class [[nodiscard]] held {
 public:
  held() = default;
  explicit held(Primitive& p) : primitive_(&p) {}
  held(held&& other) noexcept : primitive_(std::exchange(other.primitive_, nullptr)) {}
  held& operator=(held&& other) noexcept
  {
    reset();
    primitive_ = std::exchange(other.primitive_, nullptr);
    return *this;
  }
  ~held() { reset(); }

  void reset()
  {
    if (primitive_ != nullptr) std::exchange(primitive_, nullptr)->release();
  }

 private:
  Primitive* primitive_ = nullptr;
};

// asyncio.Semaphore: at most `value` holders at a time.
class semaphore {
 public:
  explicit semaphore(std::size_t value = 1) : value_(value) {}

  asio::awaitable<void> acquire()
  {
    if (value_ > 0 && waiting_.empty()) {
      --value_;
      co_return;
    }
    co_await waiting_.wait();  // release() hands us its permit
  }

  void release()
  {
    if (limit_ && waiting_.empty() && value_ >= *limit_)
      throw std::logic_error("bounded_semaphore released more often than acquired");
    if (!waiting_.wake_one()) ++value_;
  }

  asio::awaitable<held<semaphore>> hold()
  {
    co_await acquire();
    co_return held<semaphore>(*this);
  }

  bool locked() const { return value_ == 0; }
  std::size_t value() const { return value_; }
  std::size_t waiters() const { return waiting_.size(); }

 protected:
  semaphore(std::size_t value, std::size_t limit) : value_(value), limit_(limit) {}

 private:
  std::size_t value_;
  std::optional<std::size_t> limit_;
  detail::waiter_list<> waiting_;
};

// asyncio.BoundedSemaphore: releasing more often than acquiring is an error.
class bounded_semaphore : public semaphore {
 public:
  explicit bounded_semaphore(std::size_t value = 1) : semaphore(value, value) {}
};

// asyncio.Lock.
class lock {
 public:
  asio::awaitable<void> acquire()
  {
    if (!locked_) {
      locked_ = true;
      co_return;
    }
    co_await waiting_.wait();  // release() hands the lock over: it stays locked
  }

  void release()
  {
    if (!locked_) throw std::logic_error("lock released while not locked");
    if (!waiting_.wake_one()) locked_ = false;
  }

  asio::awaitable<held<lock>> hold()
  {
    co_await acquire();
    co_return held<lock>(*this);
  }

  bool locked() const { return locked_; }

 private:
  bool locked_ = false;
  detail::waiter_list<> waiting_;
};

// asyncio.Event: wait() until someone calls set().
class event {
 public:
  asio::awaitable<void> wait()
  {
    if (!set_) co_await waiting_.wait();
  }
  void set()
  {
    set_ = true;
    waiting_.wake_all();
  }
  void clear() { set_ = false; }
  bool is_set() const { return set_; }

 private:
  bool set_ = false;
  detail::waiter_list<> waiting_;
};

// asyncio.Condition, with its own lock: hold it, then wait() for a notify().
class condition {
 public:
  asio::awaitable<held<lock>> hold() { return lock_.hold(); }

  // Releases the lock, waits for notify(), and takes the lock again before returning,
  // also when cancelled (so the caller's `held` can release it).
  asio::awaitable<void> wait()
  {
    check_locked();
    lock_.release();
    std::exception_ptr failure;
    try {
      co_await waiting_.wait();
    } catch (...) {
      failure = std::current_exception();
    }
    co_await asio::this_coro::reset_cancellation_state();
    co_await detail::run_to_end(lock_.acquire());
    if (failure) std::rethrow_exception(failure);
  }

  template <typename Predicate>
  asio::awaitable<void> wait_for(Predicate ready)
  {
    while (!ready()) co_await wait();
  }

  void notify(std::size_t how_many = 1)
  {
    check_locked();
    for (std::size_t i = 0; i < how_many && waiting_.wake_one(); ++i) {
    }
  }
  void notify_all()
  {
    check_locked();
    waiting_.wake_all();
  }

 private:
  void check_locked() const
  {
    if (!lock_.locked()) throw std::logic_error("condition used without holding its lock");
  }

  lock lock_;
  detail::waiter_list<> waiting_;
};

struct broken_barrier : std::runtime_error {
  broken_barrier() : std::runtime_error("the barrier was aborted") {}
};

// asyncio.Barrier (Python 3.11): wait() until `parties` coroutines are waiting, then all go
// on, and the barrier is ready for the next round. wait() returns the order of arrival.
class barrier {
 public:
  explicit barrier(std::size_t parties) : parties_(parties) {}

  asio::awaitable<std::size_t> wait()
  {
    if (broken_) throw broken_barrier();
    auto arrival = arrived_++;
    if (arrived_ == parties_) {
      arrived_ = 0;
      waiting_.wake_all();
      co_return arrival;
    }
    bool aborted = false;
    try {
      co_await waiting_.wait(&aborted);
    } catch (...) {
      --arrived_;  // cancelled: no longer counted
      throw;
    }
    if (aborted) throw broken_barrier();
    co_return arrival;
  }

  // Everyone waiting, and everyone who waits from now on, gets broken_barrier.
  void abort()
  {
    broken_ = true;
    while (waiting_.wake_one([](bool& aborted) { aborted = true; })) {
    }
  }

  std::size_t parties() const { return parties_; }
  std::size_t n_waiting() const { return arrived_; }

 private:
  std::size_t parties_;
  std::size_t arrived_ = 0;
  bool broken_ = false;
  detail::waiter_list<bool> waiting_;
};

}  // namespace a2a
