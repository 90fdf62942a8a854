// a2a::queue<T>: asyncio.Queue. put() waits while the queue is full, get() while it is
// empty; task_done() and join() track work taken out but not finished yet; shutdown()
// (Python 3.13) stops it without losing an item: getters first empty the queue.
//
// It works as asyncio.Queue does: a put or get that finds the queue ready returns without
// suspending; one that must wait is woken when the queue changes, and then tries again. Like
// asyncio.Queue it is for coroutines on one thread; across threads use Asio's
// experimental::concurrent_channel (chapter 09).
#pragma once
#include "a2a/waiters.hpp"

#include <deque>

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
    while (full()) {
      if (shut_down_) throw queue_shut_down();
      co_await putters_.wait("queue.put (the queue is full)");  // a get() makes room and wakes us: try again
    }
    put_nowait(std::move(item));
  }

  // item = await queue.get(): waits while the queue is empty.
  asio::awaitable<T> get()
  {
    while (empty()) {
      if (shut_down_) throw queue_shut_down();
      co_await getters_.wait("queue.get (the queue is empty)");  // a put() or shutdown() wakes us: look again
    }
    co_return get_nowait();
  }

  void put_nowait(T item)
  {
    if (shut_down_) throw queue_shut_down();
    if (full()) throw queue_full();
    items_.push_back(std::move(item));
    ++unfinished_;
    getters_.wake_one();
  }

  T get_nowait()
  {
    if (empty()) {
      if (shut_down_) throw queue_shut_down();
      throw queue_empty();
    }
    T item = std::move(items_.front());
    items_.pop_front();
    putters_.wake_one();
    return item;
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
    while (unfinished_ > 0) co_await joiners_.wait("queue.join");
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
  std::size_t maxsize_;
  std::deque<T> items_;
  std::size_t unfinished_ = 0;
  bool shut_down_ = false;
  detail::waiter_list getters_;
  detail::waiter_list putters_;
  detail::waiter_list joiners_;
};

}  // namespace a2a
