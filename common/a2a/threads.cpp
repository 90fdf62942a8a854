#include "a2a/threads.hpp"

namespace a2a {

asio::awaitable<void> thread_pool::shutdown(bool cancel_pending)
{
  flags_->closed = true;
  flags_->cancel_pending = cancel_pending;
  while (in_flight_ > 0) co_await idle_.wait("thread_pool.shutdown");
}

namespace detail {

thread_pool& default_pool()
{
  static thread_pool pool(std::min<std::size_t>(32, std::thread::hardware_concurrency() + 4));
  return pool;
}

}  // namespace detail
}  // namespace a2a
