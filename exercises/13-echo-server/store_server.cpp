#include "store.hpp"

asio::awaitable<void> serve_client(asio::ip::tcp::socket socket, store& data, limits limits)
{
  // TODO: this starter echoes each line back. Make it speak the protocol of store.hpp:
  // answer SET, GET, DEL and QUIT, refuse a line longer than limits.max_line, and say
  // "BYE idle" to a client that is silent for limits.idle_timeout.
  std::string buffer;
  for (;;) {
    auto [error, length] = co_await asio::async_read_until(socket, asio::dynamic_buffer(buffer), '\n',
                                                           asio::as_tuple(asio::use_awaitable));
    if (error) break;
    co_await asio::async_write(socket, asio::buffer(buffer, length), asio::use_awaitable);
    buffer.erase(0, length);
  }
}
