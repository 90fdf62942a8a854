#include "a2a/sync.hpp"

namespace a2a {

asio::awaitable<void> semaphore::acquire()
{
  if (value_ > 0 && waiting_.empty()) {
    --value_;
    co_return;
  }
  co_await waiting_.wait("acquire (a semaphore or lock)");  // release() hands us its permit
}

void semaphore::release()
{
  if (limit_ && waiting_.empty() && value_ >= *limit_) throw std::logic_error("released more often than acquired");
  if (!waiting_.wake_one()) ++value_;
}

asio::awaitable<held<semaphore>> semaphore::hold()
{
  co_await acquire();
  co_return held<semaphore>(*this);
}

asio::awaitable<held<lock>> lock::hold()
{
  co_await acquire();
  co_return held<lock>(*this);
}

asio::awaitable<void> event::wait()
{
  if (!set_) co_await waiting_.wait("event.wait");
}

void event::set()
{
  set_ = true;
  waiting_.wake_all();
}

asio::awaitable<void> condition::wait()
{
  check_locked();
  lock_.release();
  co_await try_finally(waiting_.wait("condition.wait"), lock_.acquire());
}

void condition::notify(std::size_t how_many)
{
  check_locked();
  for (std::size_t i = 0; i < how_many && waiting_.wake_one(); ++i) {
  }
}

void condition::notify_all()
{
  check_locked();
  waiting_.wake_all();
}

asio::awaitable<std::size_t> barrier::wait()
{
  if (broken_) throw broken_barrier();
  auto arrival = arrived_++;
  if (arrived_ == parties_) {
    arrived_ = 0;
    ++rounds_;
    waiting_.wake_all();
    co_return arrival;
  }
  auto my_round = rounds_;
  try {
    co_await waiting_.wait("barrier.wait");
  } catch (...) {
    --arrived_;  // cancelled: no longer counted
    throw;
  }
  if (rounds_ == my_round) throw broken_barrier();  // woken by abort(), not by a full round
  co_return arrival;
}

void barrier::abort()
{
  broken_ = true;
  waiting_.wake_all();
}

}  // namespace a2a
