// Two helpers of the echo server (lib/echo_server.cpp) for clients that break its limits.
#pragma once
#include <a2a/a2a.hpp>

#include <array>
#include <string_view>

// Closing a socket while the client's data is still unread makes the kernel send a reset,
// which can destroy our goodbye line before the client has read it. So: stop sending, read
// and drop whatever the client still sends until it closes (or for a second), then close.
inline asio::awaitable<void> close_gently(asio::ip::tcp::socket& socket, asio::steady_timer& timer)
{
  boost::system::error_code ignored;
  socket.shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
  timer.expires_after(std::chrono::seconds(1));
  std::array<char, 4096> dropped;
  for (;;) {
    auto [order, read_error, length, timer_error] =
        co_await asio::experimental::make_parallel_group(socket.async_read_some(asio::buffer(dropped), asio::deferred),
                                     timer.async_wait(asio::deferred))
            .async_wait(asio::experimental::wait_for_one(), asio::use_awaitable);
    if (order[0] == 1 || read_error) break;
  }
  socket.close(ignored);
}

// True if `data` holds a line longer than `limit` bytes, its '\n' included, counting the
// unfinished line at the end as if its '\n' came next.
inline bool has_line_longer_than(std::string_view data, std::size_t limit)
{
  for (std::size_t start = 0; start < data.size();) {
    auto end = data.find('\n', start);
    std::size_t length = (end == std::string_view::npos ? data.size() : end) - start + 1;
    if (length > limit) return true;
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return false;
}
