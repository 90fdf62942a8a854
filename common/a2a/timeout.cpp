#include "a2a/timeout.hpp"

namespace a2a::detail {

asio::awaitable<void> sleep_until_deadline(std::chrono::nanoseconds how_long)
{
  auto executor = co_await asio::this_coro::executor;
  co_await asio::async_initiate<decltype(asio::use_awaitable), void(boost::system::error_code)>(
      [&](auto wake_up) {
        start_sleep(how_long, wake_round::deadline, executor, std::move(wake_up));
      },
      asio::use_awaitable);
}

}  // namespace a2a::detail
