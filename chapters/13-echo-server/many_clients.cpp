// One listener, many clients at once: the echo server (lib/echo_server.hpp) serves each
// connection in its own coroutine, so three clients that take turns talking are all served
// in the same second, on one thread.
#include "echo_server.hpp"

using asio::ip::tcp;

asio::awaitable<void> client(tcp::endpoint server, std::string name, std::chrono::milliseconds pause)
{
  tcp::socket socket(co_await asio::this_coro::executor);
  co_await socket.async_connect(server, asio::use_awaitable);
  std::string answer;
  for (int i = 1; i <= 2; ++i) {
    co_await a2a::sleep(pause);
    std::string line = fmt::format("{} says {}\n", name, i);
    co_await asio::async_write(socket, asio::buffer(line), asio::use_awaitable);
    std::size_t length = co_await asio::async_read_until(socket, asio::dynamic_buffer(answer), '\n', asio::use_awaitable);
    a2a::log("{} got back: {}", name, answer.substr(0, length - 1));
    answer.erase(0, length);
  }
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  echo_server server(executor, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
  auto serving = a2a::create_task(executor, server.run());
  co_await a2a::gather(client(server.local_endpoint(), "Ann", 300ms),
                       client(server.local_endpoint(), "Bob", 200ms),
                       client(server.local_endpoint(), "Cy", 100ms));
  server.stop();
  co_await serving.get();
  a2a::log("served 3 clients at once, each on its own coroutine");
}

int main()
{
  a2a::run(async_main());
}
