// The echo server against bad clients, in one program: each client below talks to it in
// turn, and the server outlives them all. The server's limits are small here so that the
// demo is quick: 32-byte lines, 200 ms of silence.
#include "echo_server.hpp"

using asio::ip::tcp;

// Connects, sends `data`, and returns everything the server sends until it closes.
asio::awaitable<std::string> exchange(tcp::endpoint server, std::string data, bool close_after_sending)
{
  tcp::socket socket(co_await asio::this_coro::executor);
  co_await socket.async_connect(server, asio::use_awaitable);
  co_await asio::async_write(socket, asio::buffer(data), asio::use_awaitable);
  if (close_after_sending) socket.shutdown(tcp::socket::shutdown_send);
  std::string answer;
  co_await asio::async_read(socket, asio::dynamic_buffer(answer), asio::as_tuple(asio::use_awaitable));
  co_return answer;
}

// Connects, sends half a line, and resets the connection (SO_LINGER 0: an RST, not a FIN).
asio::awaitable<void> reset_midway(tcp::endpoint server)
{
  tcp::socket socket(co_await asio::this_coro::executor);
  co_await socket.async_connect(server, asio::use_awaitable);
  co_await asio::async_write(socket, asio::buffer(std::string_view("half a li")), asio::use_awaitable);
  socket.set_option(asio::socket_base::linger(true, 0));
  socket.close();
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  server_options limits;
  limits.max_line = 32;
  limits.idle_timeout = std::chrono::milliseconds(200);
  echo_server server(executor, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0), limits);
  auto serving = a2a::create_task(executor, server.run());
  auto where = server.local_endpoint();

  fmt::print("polite:   {:?}\n", co_await exchange(where, "one\ntwo\n", true));
  fmt::print("empty:    {:?}\n", co_await exchange(where, "\n\n", true));
  fmt::print("binary:   {:?}\n", co_await exchange(where, std::string("\x00\x01\xff\n", 4), true));
  fmt::print("too long: {:?}\n", co_await exchange(where, std::string(40, 'x') + "\n", true));
  fmt::print("silent:   {:?}\n", co_await exchange(where, "", false));
  co_await reset_midway(where);
  fmt::print("reset:    (the client vanished; the server goes on)\n");
  fmt::print("after:    {:?}\n", co_await exchange(where, "still here?\n", true));

  server.stop();
  co_await serving.get();
  fmt::print("stopped: {} connections open\n", server.connections());
}

int main()
{
  a2a::run(async_main());
}
