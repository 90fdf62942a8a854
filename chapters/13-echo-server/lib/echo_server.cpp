#include "echo_server.hpp"

#include <array>

using asio::ip::tcp;
using namespace asio::experimental;

namespace {
std::string what(const std::exception_ptr& failure)
{
  try {
    std::rethrow_exception(failure);
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
    return "an unknown exception";
  }
}

// Closing a socket while the client's data is still unread makes the kernel send a reset,
// which can destroy our goodbye line before the client has read it. So: stop sending, read
// and drop whatever the client still sends until it closes (or for a second), then close.
asio::awaitable<void> close_gently(tcp::socket& socket, asio::steady_timer& timer)
{
  boost::system::error_code ignored;
  socket.shutdown(tcp::socket::shutdown_send, ignored);
  timer.expires_after(std::chrono::seconds(1));
  std::array<char, 4096> dropped;
  for (;;) {
    auto [order, read_error, length, timer_error] =
        co_await make_parallel_group(socket.async_read_some(asio::buffer(dropped), asio::deferred),
                                     timer.async_wait(asio::deferred))
            .async_wait(wait_for_one(), asio::use_awaitable);
    if (order[0] == 1 || read_error) break;
  }
  socket.close(ignored);
}
}  // namespace

echo_server::echo_server(asio::any_io_executor executor, const tcp::endpoint& where,
                         server_options options)
    : acceptor_(executor, where), options_(options)
{
}

asio::awaitable<void> echo_server::run()
{
  auto executor = co_await asio::this_coro::executor;
  while (!stopping_) {
    auto [error, socket] = co_await acceptor_.async_accept(asio::as_tuple(asio::use_awaitable));
    if (error == asio::error::operation_aborted) break;  // stop() closed the acceptor
    if (error) continue;  // e.g. too many open files: this client fails, the server goes on
    auto client = connections_.insert(connections_.end(), connection{std::move(socket), asio::steady_timer(executor)});
    // Not asio::detached, which would swallow an exception: report it, the server goes on.
    asio::co_spawn(executor, serve(client), [](std::exception_ptr failure) {
      if (failure) fmt::print(stderr, "a connection failed: {}\n", what(failure));
    });
  }
  co_await wait_until_all_closed();
}

void echo_server::stop()
{
  stopping_ = true;
  boost::system::error_code ignored;
  acceptor_.close(ignored);
  for (auto& client : connections_) client.idle.cancel();  // wakes those waiting for a line
}

asio::awaitable<void> echo_server::wait_until_all_closed()
{
  if (connections_.empty()) co_return;
  asio::steady_timer grace(acceptor_.get_executor(), options_.shutdown_grace);
  auto [order, closed_error, grace_error] =
      co_await make_parallel_group(asio::co_spawn(acceptor_.get_executor(), all_closed_.wait(), asio::deferred),
                                   grace.async_wait(asio::deferred))
          .async_wait(wait_for_one(), asio::use_awaitable);
  if (order[0] == 0) co_return;
  for (auto& client : connections_) client.socket.close();  // grace is over: cut them off
  co_await all_closed_.wait();
}

// The socket lives in connections_ until this coroutine ends, so it outlives every
// operation on it; the iterator stays valid because a std::list never moves its elements.
asio::awaitable<void> echo_server::serve(std::list<connection>::iterator client)
{
  auto& [socket, idle] = *client;
  std::string buffer;
  while (!stopping_) {
    // Read a line, or time out. Not `read || timer`: that would wait for the timer even
    // after the read had failed (EOF, a reset), since || waits for the first success.
    idle.expires_after(options_.idle_timeout);
    auto [order, read_error, length, idle_error] =
        co_await make_parallel_group(
            asio::async_read_until(socket, asio::dynamic_buffer(buffer, options_.max_line), '\n', asio::deferred),
            idle.async_wait(asio::deferred))
            .async_wait(wait_for_one(), asio::use_awaitable);

    if (order[0] == 1 && idle_error) break;  // stop(): nothing in flight, so close now
    std::string goodbye;
    if (order[0] == 1) goodbye = "error: idle for too long, goodbye\n";
    if (read_error == asio::error::not_found)
      goodbye = fmt::format("error: line longer than {} bytes, goodbye\n", options_.max_line);
    if (!goodbye.empty()) {
      co_await asio::async_write(socket, asio::buffer(goodbye), asio::as_tuple(asio::use_awaitable));
      co_await close_gently(socket, idle);
      break;
    }
    if (read_error) break;  // end of stream or a reset: the client is gone

    if (options_.work.count() > 0) {
      asio::steady_timer working(socket.get_executor(), options_.work);
      co_await working.async_wait(asio::as_tuple(asio::use_awaitable));
    }
    auto [write_error, written] =
        co_await asio::async_write(socket, asio::buffer(buffer, length), asio::as_tuple(asio::use_awaitable));
    if (write_error || stopping_) break;  // stopping: this exchange is done, so close now
    buffer.erase(0, length);
  }
  boost::system::error_code ignored;
  socket.shutdown(tcp::socket::shutdown_both, ignored);
  connections_.erase(client);
  if (connections_.empty() && stopping_) all_closed_.set();
}
