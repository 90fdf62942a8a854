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

  asio::awaitable<void> acquire();
  void release();
  asio::awaitable<held<semaphore>> hold();

  bool locked() const { return value_ == 0; }
  std::size_t value() const { return value_; }
  std::size_t waiters() const { return waiting_.size(); }

 protected:
  semaphore(std::size_t value, std::size_t limit) : value_(value), limit_(limit) {}

 private:
  std::size_t value_;
  std::optional<std::size_t> limit_;
  detail::waiter_list waiting_;
};

// asyncio.BoundedSemaphore: releasing more often than acquiring is an error.
class bounded_semaphore : public semaphore {
 public:
  explicit bounded_semaphore(std::size_t value = 1) : semaphore(value, value) {}
};

// asyncio.Lock: a bounded semaphore of one. Whoever acquires it must release it.
class lock : public bounded_semaphore {
 public:
  lock() : bounded_semaphore(1) {}

  asio::awaitable<held<lock>> hold();
};

// asyncio.Event: wait() until someone calls set().
class event {
 public:
  asio::awaitable<void> wait();
  void set();
  void clear() { set_ = false; }
  bool is_set() const { return set_; }

 private:
  bool set_ = false;
  detail::waiter_list waiting_;
};

// asyncio.Condition, with its own lock: hold it, then wait() for a notify().
class condition {
 public:
  asio::awaitable<held<lock>> hold() { return lock_.hold(); }

  // Releases the lock, waits for notify(), and takes the lock again before returning, also
  // when cancelled (so the caller's `held` can release it).
  asio::awaitable<void> wait();

  template <typename Predicate>
  asio::awaitable<void> wait_for(Predicate ready)
  {
    while (!ready()) co_await wait();
  }

  void notify(std::size_t how_many = 1);
  void notify_all();

 private:
  void check_locked() const
  {
    if (!lock_.locked()) throw std::logic_error("condition used without holding its lock");
  }

  lock lock_;
  detail::waiter_list waiting_;
};

struct broken_barrier : std::runtime_error {
  broken_barrier() : std::runtime_error("the barrier was aborted") {}
};

// asyncio.Barrier (Python 3.11): wait() until `parties` coroutines are waiting, then all go
// on, and the barrier is ready for the next round. wait() returns the order of arrival.
class barrier {
 public:
  explicit barrier(std::size_t parties) : parties_(parties) {}

  asio::awaitable<std::size_t> wait();

  // Everyone waiting, and everyone who waits from now on, gets broken_barrier.
  void abort();

 private:
  std::size_t parties_;
  std::size_t arrived_ = 0;
  std::size_t rounds_ = 0;
  bool broken_ = false;
  detail::waiter_list waiting_;
};

}  // namespace a2a
