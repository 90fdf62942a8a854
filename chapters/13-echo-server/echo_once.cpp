// asyncio.start_server and asyncio.open_connection in plain Asio: a listening socket on
// 127.0.0.1 (port 0: any free port), a coroutine that serves one connection, and a client
// that sends a line and reads the answer, both on the same event loop.
#include <a2a/a2a.hpp>

using asio::ip::tcp;

asio::awaitable<void> serve_one(tcp::acceptor& listener)
{
  tcp::socket socket = co_await listener.async_accept(asio::use_awaitable);
  std::string buffer;
  auto stream = asio::dynamic_buffer(buffer, 1024);  // a line longer than 1024 bytes is an error
  std::size_t length = co_await asio::async_read_until(socket, stream, '\n', asio::use_awaitable);
  fmt::print("server: got {:?}\n", buffer.substr(0, length));
  co_await asio::async_write(socket, asio::buffer(buffer, length), asio::use_awaitable);
  buffer.erase(0, length);

  auto [error, more] = co_await asio::async_read_until(socket, stream, '\n', asio::as_tuple(asio::use_awaitable));
  fmt::print("server: the next read says \"{}\": the client has closed its side\n", error.message());
}

asio::awaitable<void> client(tcp::endpoint server)
{
  tcp::socket socket(co_await asio::this_coro::executor);
  co_await socket.async_connect(server, asio::use_awaitable);
  std::string hello = "hello\n";
  co_await asio::async_write(socket, asio::buffer(hello), asio::use_awaitable);
  std::string answer;
  co_await asio::async_read_until(socket, asio::dynamic_buffer(answer), '\n', asio::use_awaitable);
  fmt::print("client: the server answered {:?}\n", answer);
  socket.shutdown(tcp::socket::shutdown_send);  // writer.close(): no more data from us
}

asio::awaitable<void> async_main()
{
  tcp::endpoint where(asio::ip::make_address("127.0.0.1"), 0);
  tcp::acceptor listener(co_await asio::this_coro::executor, where);
  co_await a2a::gather(serve_one(listener), client(listener.local_endpoint()));
}

int main()
{
  a2a::run(async_main());
}
