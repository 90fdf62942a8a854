// a2a::queue<T>: asyncio.Queue. put() waits while the queue is full, get() while it is
// empty; task_done() and join() track work taken out but not finished yet; shutdown()
// (Python 3.13) stops it without losing an item: getters first empty the queue.
//
// A put or get that finds the queue ready returns without suspending, and a put that finds
// a getter waiting hands the item straight to it: no item waits in the queue while a getter
// waits. Like asyncio.Queue it is for coroutines on one thread; across threads use Asio's
// experimental::concurrent_channel (chapter 09).
#pragma once
#include "a2a/waiters.hpp"

#include <cstddef>
#include <deque>
#include <optional>
#include <stdexcept>

namespace a2a {

struct queue_full : std::runtime_error {
  queue_full() : std::runtime_error("the queue is full") {}
};
struct queue_empty : std::runtime_error {
  queue_empty() : std::runtime_error("the queue is empty") {}
};
struct queue_shut_down : std::runtime_error {
  queue_shut_down() : std::runtime_error("the queue is shut down") {}
};

template <typename T>
class queue {
 public:
  explicit queue(std::size_t maxsize = 0) : maxsize_(maxsize) {}  // 0: no limit

  // await queue.put(item): waits while the queue is full.
  asio::awaitable<void> put(T item)
  {
    if (try_put(item)) co_return;
    ++unfinished_;  // counted now; taken back below if it never gets in
    std::optional<T> waiting(std::move(item));
    try {
      co_await putters_.wait(&waiting);  // a get() moves it in once there is room
    } catch (...) {
      if (--unfinished_ == 0) joiners_.wake_all();
      throw;
    }
    if (waiting) {  // woken by shutdown(), not moved in
      if (--unfinished_ == 0) joiners_.wake_all();
      throw queue_shut_down();
    }
  }

  // item = await queue.get(): waits while the queue is empty.
  asio::awaitable<T> get()
  {
    if (!items_.empty()) co_return take();
    if (shut_down_) throw queue_shut_down();
    std::optional<T> handed;
    co_await getters_.wait(&handed);  // a put() hands it over, or shutdown() wakes us empty
    if (!handed) throw queue_shut_down();
    co_return std::move(*handed);
  }

  // put_nowait / get_nowait.
  void put_nowait(T item)
  {
    if (!try_put(item)) throw queue_full();
  }
  T get_nowait()
  {
    if (!items_.empty()) return take();
    if (shut_down_) throw queue_shut_down();
    throw queue_empty();
  }

  // Each get() is followed by one task_done() once the item is dealt with; join() waits
  // until every item put so far has been.
  void task_done()
  {
    if (unfinished_ == 0) throw std::logic_error("task_done() called more times than put()");
    if (--unfinished_ == 0) joiners_.wake_all();
  }
  asio::awaitable<void> join()
  {
    while (unfinished_ > 0) co_await joiners_.wait();
  }

  // Waiting and future put()s throw queue_shut_down; get() still returns what is left, then
  // throws queue_shut_down.
  void shutdown()
  {
    shut_down_ = true;
    getters_.wake_all();
    putters_.wake_all();
  }

  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  bool full() const { return maxsize_ > 0 && items_.size() >= maxsize_; }
  std::size_t maxsize() const { return maxsize_; }

 private:
  // Puts `item` without waiting if it can; leaves it untouched if it cannot.
  bool try_put(T& item)
  {
    if (shut_down_) throw queue_shut_down();
    if (getters_.empty() && full()) return false;
    ++unfinished_;
    if (!getters_.wake_one([&](std::optional<T>& handed) { handed = std::move(item); }))
      items_.push_back(std::move(item));
    return true;
  }

  T take()
  {
    T item = std::move(items_.front());
    items_.pop_front();
    putters_.wake_one([&](std::optional<T>& waiting) {  // room for the longest-waiting putter
      items_.push_back(std::move(*waiting));
      waiting.reset();
    });
    return item;
  }

  std::size_t maxsize_;
  std::deque<T> items_;
  std::size_t unfinished_ = 0;
  bool shut_down_ = false;
  detail::waiter_list<std::optional<T>> getters_;
  detail::waiter_list<std::optional<T>> putters_;
  detail::waiter_list<> joiners_;
};

}  // namespace a2a
