#include "a2a/timeout.hpp"

#include <boost/asio/async_result.hpp>
#include <boost/asio/bind_cancellation_slot.hpp>
#include <boost/asio/cancellation_signal.hpp>

namespace a2a {

namespace detail {

asio::awaitable<void> sleep_until_deadline(std::chrono::nanoseconds how_long)
{
  auto executor = co_await asio::this_coro::executor;
  co_await asio::async_initiate<decltype(asio::use_awaitable), void(boost::system::error_code)>(
      [&](auto wake_up) {
        start_sleep(how_long, wake_round::deadline, executor, std::move(wake_up));
      },
      asio::use_awaitable);
}

asio::awaitable<void> run_to_end(asio::awaitable<void> work)
{
  auto executor = co_await asio::this_coro::executor;
  // An empty slot: the cancellation of the coroutine that awaits this does not reach `work`.
  co_await asio::co_spawn(executor, std::move(work),
                          asio::bind_cancellation_slot(asio::cancellation_slot(),
                                                       asio::use_awaitable));
}

}  // namespace detail

}  // namespace a2a
