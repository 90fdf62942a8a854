// readline(), readexactly(n) and read(n), and what each does at the end of the stream. One
// buffer keeps what has arrived and not been used yet: async_read_until may read past the
// '\n', and those bytes belong to the next read.
#include <a2a/a2a.hpp>

using asio::ip::tcp;

asio::awaitable<void> reader(tcp::socket socket)
{
  std::string buffer;
  auto stream = asio::dynamic_buffer(buffer);

  std::size_t length = co_await asio::async_read_until(socket, stream, '\n', asio::use_awaitable);
  fmt::print("readline():      {:?}\n", buffer.substr(0, length));
  buffer.erase(0, length);

  if (buffer.size() < 6)  // what is buffered already counts
    co_await asio::async_read(socket, stream, asio::transfer_exactly(6 - buffer.size()), asio::use_awaitable);
  fmt::print("readexactly(6):  {:?}\n", buffer.substr(0, 6));
  buffer.erase(0, 6);

  if (buffer.empty())  // read(100): whatever has arrived, at least one byte, at most 100
    co_await asio::async_read(socket, stream, asio::transfer_at_least(1), asio::use_awaitable);
  fmt::print("read(100):       {:?}\n", buffer.substr(0, 100));
  buffer.clear();

  auto [error, got] = co_await asio::async_read(socket, stream, asio::transfer_exactly(4),
                                                asio::as_tuple(asio::use_awaitable));
  fmt::print("readexactly(4):  \"{}\" after {} bytes (Python: IncompleteReadError)\n", error.message(), got);
}

asio::awaitable<void> writer(tcp::endpoint server)
{
  tcp::socket socket(co_await asio::this_coro::executor);
  co_await socket.async_connect(server, asio::use_awaitable);
  std::string data = "first line\nABCDEFxyz";
  co_await asio::async_write(socket, asio::buffer(data), asio::use_awaitable);
}  // the socket closes here: the reader sees the end of the stream

asio::awaitable<void> async_main()
{
  tcp::endpoint where(asio::ip::make_address("127.0.0.1"), 0);
  tcp::acceptor listener(co_await asio::this_coro::executor, where);
  co_await writer(listener.local_endpoint());
  co_await reader(co_await listener.async_accept(asio::use_awaitable));
}

int main()
{
  a2a::run(async_main());
}
