// Asio's channel is a queue too, but in Boost 1.81 close() throws away what is still
// buffered: a consumer that starts receiving after close() gets nothing. That is why the
// examples above end with shutdown() or an end marker instead.
#include <a2a/a2a.hpp>

using int_channel = asio::experimental::channel<void(boost::system::error_code, int)>;

asio::awaitable<void> async_main()
{
  int_channel channel(co_await asio::this_coro::executor, 10);
  for (int item = 1; item <= 3; ++item) channel.try_send(boost::system::error_code{}, item);
  fmt::print("buffered 3 items, then close()\n");
  channel.close();

  int received = 0;
  for (;;) {
    auto [error, item] = co_await channel.async_receive(asio::as_tuple(asio::use_awaitable));
    if (error) {
      fmt::print("receive: {}\n", error.message());
      break;
    }
    ++received;
  }
  fmt::print("received {} of 3\n", received);
}

int main()
{
  a2a::run(async_main());
}
