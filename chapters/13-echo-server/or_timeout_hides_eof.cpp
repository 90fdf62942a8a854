// The timeout trap of chapter 06, on a socket. `read || timer` waits for the first *success*:
// when the peer has closed, the read fails at once (end of stream), and || goes on waiting
// for the timer. Asio's parallel group with wait_for_one returns the first to finish.
#include <a2a/a2a.hpp>

using asio::ip::tcp;
using namespace asio::experimental::awaitable_operators;

asio::awaitable<void> read_with_or(tcp::socket& socket)
{
  std::string line;
  auto result = co_await (asio::async_read_until(socket, asio::dynamic_buffer(line), '\n', asio::use_awaitable) ||
                          a2a::async_sleep(2s, asio::use_awaitable));
  a2a::log("read || sleep(2s): the {} won", result.index() == 0 ? "read" : "timer");
}

asio::awaitable<void> read_with_group(tcp::socket& socket)
{
  std::string line;
  auto [order, read_error, length, sleep_error] =
      co_await asio::experimental::make_parallel_group(
          asio::async_read_until(socket, asio::dynamic_buffer(line), '\n', asio::deferred),
          a2a::async_sleep(2s, asio::deferred))
          .async_wait(asio::experimental::wait_for_one(), asio::use_awaitable);
  a2a::log("wait_for_one: the {} finished first: {}", order[0] == 0 ? "read" : "timer", read_error.message());
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  tcp::acceptor listener(executor, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
  for (auto reader : {read_with_or, read_with_group}) {
    tcp::socket client(executor);
    co_await client.async_connect(listener.local_endpoint(), asio::use_awaitable);
    client.close();  // the peer is gone before anything is read
    tcp::socket server_side = co_await listener.async_accept(asio::use_awaitable);
    co_await reader(server_side);
  }
}

int main()
{
  a2a::run(async_main());
}
