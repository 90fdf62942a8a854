#include <a2a/a2a.hpp>
#include <a2a/compat.hpp>

#include "testing.hpp"

using int_channel = asio::experimental::channel<void(boost::system::error_code, int)>;

// What close() does to items still buffered depends on the Boost version (a2a/compat.hpp):
// the reason channel_end_marker ends its channel with a message instead.
TEST_CASE("close() with items buffered: Boost 1.81 drops them, 1.83 and later hand them out")
{
  auto main = []() -> asio::awaitable<int> {
    int_channel channel(co_await asio::this_coro::executor, 10);
    for (int item = 1; item <= 3; ++item) channel.try_send(boost::system::error_code{}, item);
    channel.close();
    int received = 0;
    for (;;) {
      auto [error, item] = co_await channel.async_receive(asio::as_tuple(asio::use_awaitable));
      if (error) break;
      ++received;
    }
    co_return received;
  };
  int received = a2a::run(main());
  CHECK(received == (a2a::compat::channel_close_drops_buffered ? 0 : 3));
}

TEST_CASE("an end marker arrives after every item, on every Boost version")
{
  auto main = []() -> asio::awaitable<std::vector<int>> {
    int_channel channel(co_await asio::this_coro::executor, 10);
    for (int item = 1; item <= 3; ++item) channel.try_send(boost::system::error_code{}, item);
    channel.try_send(asio::error::eof, 0);
    std::vector<int> received;
    for (;;) {
      auto [error, item] = co_await channel.async_receive(asio::as_tuple(asio::use_awaitable));
      if (error == asio::error::eof) break;
      received.push_back(item);
    }
    co_return received;
  };
  CHECK(a2a::run(main()) == std::vector<int>{1, 2, 3});
}
