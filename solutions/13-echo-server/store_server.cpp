#include "store.hpp"

using asio::ip::tcp;
using namespace asio::experimental;

namespace {

// One command line (without its '\n') -> its answer line; QUIT is handled by the caller.
std::string answer(store& data, const std::string& line)
{
  auto space = line.find(' ');
  std::string command = line.substr(0, space);
  std::string rest = space == std::string::npos ? "" : line.substr(space + 1);
  if (command == "SET" && rest.find(' ') != std::string::npos) {
    auto key_end = rest.find(' ');
    data[rest.substr(0, key_end)] = rest.substr(key_end + 1);
    return "OK\n";
  }
  if (command == "GET" && !rest.empty()) {
    auto found = data.find(rest);
    return found == data.end() ? "NOT FOUND\n" : found->second + "\n";
  }
  if (command == "DEL" && !rest.empty()) return data.erase(rest) > 0 ? "OK\n" : "NOT FOUND\n";
  return "ERROR unknown command\n";
}

// Says a last line, then closes without a reset: stop sending, drop what the client still
// sends until it closes (a second at most), then close (chapter 13's close_gently).
asio::awaitable<void> say_goodbye(tcp::socket& socket, std::string last_line)
{
  co_await asio::async_write(socket, asio::buffer(last_line), asio::as_tuple(asio::use_awaitable));
  boost::system::error_code ignored;
  socket.shutdown(tcp::socket::shutdown_send, ignored);
  asio::steady_timer limit(socket.get_executor(), std::chrono::seconds(1));
  std::array<char, 1024> dropped;
  for (;;) {
    auto [order, read_error, length, timer_error] =
        co_await make_parallel_group(socket.async_read_some(asio::buffer(dropped), asio::deferred),
                                     limit.async_wait(asio::deferred))
            .async_wait(wait_for_one(), asio::use_awaitable);
    if (order[0] == 1 || read_error) break;
  }
}

}  // namespace

asio::awaitable<void> serve_client(tcp::socket socket, store& data, limits limits)
{
  asio::steady_timer idle(socket.get_executor());
  std::string buffer;
  for (;;) {
    idle.expires_after(limits.idle_timeout);
    auto [order, read_error, length, idle_error] =
        co_await make_parallel_group(
            asio::async_read_until(socket, asio::dynamic_buffer(buffer, limits.max_line), '\n', asio::deferred),
            idle.async_wait(asio::deferred))
            .async_wait(wait_for_one(), asio::use_awaitable);
    if (order[0] == 1) {
      co_await say_goodbye(socket, "BYE idle\n");
      co_return;
    }
    if (read_error == asio::error::not_found) {
      co_await say_goodbye(socket, "ERROR line too long\n");
      co_return;
    }
    if (read_error) co_return;  // the client closed its side, or the connection broke

    std::string line = buffer.substr(0, length - 1);
    buffer.erase(0, length);
    if (line == "QUIT") {
      co_await say_goodbye(socket, "BYE\n");
      co_return;
    }
    std::string reply = answer(data, line);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}
