// Back-pressure: writer.write() + await writer.drain() in Python, async_write in Asio. A write
// completes once the kernel has taken the data. When the peer does not read, the buffers
// between them fill up and the write waits: a fast sender cannot run ahead of a slow reader.
#include <a2a/a2a.hpp>

using asio::ip::tcp;

constexpr std::size_t megabytes = 64;

asio::awaitable<void> send_all(tcp::socket& socket, bool& done)
{
  std::string data(megabytes << 20, 'x');
  co_await asio::async_write(socket, asio::buffer(data), asio::use_awaitable);
  done = true;
}

asio::awaitable<void> read_later(tcp::socket& socket, const bool& writer_done)
{
  co_await a2a::sleep(1s);
  a2a::log("reader: has read nothing yet; writer finished: {}", writer_done);
  std::vector<char> chunk(1 << 16);
  std::size_t total = 0;
  while (total < (megabytes << 20))
    total += co_await socket.async_read_some(asio::buffer(chunk), asio::use_awaitable);
  a2a::log("reader: read all {} MiB", total >> 20);
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  tcp::acceptor listener(executor, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
  tcp::socket sender(executor);
  co_await sender.async_connect(listener.local_endpoint(), asio::use_awaitable);
  tcp::socket receiver = co_await listener.async_accept(asio::use_awaitable);

  bool writer_done = false;
  co_await a2a::gather(send_all(sender, writer_done), read_later(receiver, writer_done));
  a2a::log("writer finished: {}; its write completed once the reader took the data", writer_done);
}

int main()
{
  a2a::run(async_main());
}
