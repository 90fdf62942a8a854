// One listener, many clients at once: the echo server (lib/echo_server.hpp) serves each
// connection in its own coroutine, so three clients that pause between lines are served side
// by side, on one thread: the conversations overlap, and the whole takes as long as the
// longest one. Each client keeps what it got back; we print it at the end.
#include "echo_server.hpp"

using asio::ip::tcp;

asio::awaitable<std::string> client(tcp::endpoint server, std::string name, std::chrono::milliseconds pause)
{
  tcp::socket socket(co_await asio::this_coro::executor);
  co_await socket.async_connect(server, asio::use_awaitable);
  std::string answers, buffer;
  for (int i = 1; i <= 2; ++i) {
    co_await a2a::sleep(pause);
    std::string line = fmt::format("{} says {}\n", name, i);
    co_await asio::async_write(socket, asio::buffer(line), asio::use_awaitable);
    std::size_t length = co_await asio::async_read_until(socket, asio::dynamic_buffer(buffer), '\n', asio::use_awaitable);
    answers += buffer.substr(0, length);
    buffer.erase(0, length);
  }
  co_return answers;
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  echo_server server(executor, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
  auto serving = a2a::create_task(executor, server.run());
  auto [ann, bob, cy] = co_await a2a::gather(client(server.local_endpoint(), "Ann", 300ms),
                                              client(server.local_endpoint(), "Bob", 200ms),
                                              client(server.local_endpoint(), "Cy", 100ms));
  server.stop();
  co_await serving.get();
  fmt::print("Ann got back:\n{}Bob got back:\n{}Cy got back:\n{}", ann, bob, cy);
  a2a::log("all three served: 0.6 s, 0.4 s and 0.2 s of pauses, side by side");
}

int main()
{
  a2a::run(async_main());
}
