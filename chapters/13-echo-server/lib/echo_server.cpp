#include "echo_server.hpp"
#include "line_limits.hpp"

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
    if (error) {  // e.g. too many open files: wait a moment rather than spin, then go on
      asio::steady_timer pause(executor, std::chrono::milliseconds(100));
      co_await pause.async_wait(asio::as_tuple(asio::use_awaitable));
      continue;
    }
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
  for (auto& client : connections_) client.idle.cancel();  // wakes each watch_idle()
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
  using namespace asio::experimental::awaitable_operators;
  // Whichever ends first ends the other: the client leaves, or it stays silent too long.
  auto ended = co_await (answer_lines(*client) || watch_idle(*client));
  auto why = std::visit([](ending e) { return e; }, ended);

  auto& socket = client->socket;
  std::string goodbye;
  if (why == ending::idle) goodbye = "error: idle for too long, goodbye\n";
  if (why == ending::line_too_long) goodbye = fmt::format("error: line longer than {} bytes, goodbye\n", options_.max_line);
  if (!goodbye.empty()) {
    co_await asio::async_write(socket, asio::buffer(goodbye), asio::as_tuple(asio::use_awaitable));
    co_await close_gently(socket, client->idle);
  }
  boost::system::error_code ignored;
  socket.shutdown(tcp::socket::shutdown_both, ignored);
  connections_.erase(client);
  if (connections_.empty() && stopping_) all_closed_.set();
}

asio::awaitable<echo_server::ending> echo_server::answer_lines(connection& client)
{
  // Read up to 64 KiB at a time, many lines at once when they come fast, and check the line
  // limit on what arrived: a buffer limited to max_line would read one line a call. A
  // streambuf, because it keeps its memory between reads (a std::string buffer is resized,
  // and so cleared, before every read).
  asio::streambuf buffer(std::max<std::size_t>(64 * 1024, options_.max_line));
  buffer.prepare(buffer.max_size());  // room for 64 KiB now: Asio reads only as much as fits
  while (!stopping_) {
    auto [read_error, length] = co_await asio::async_read_until(client.socket, buffer, '\n',
                                                                asio::as_tuple(asio::use_awaitable));
    std::string_view arrived(static_cast<const char*>(buffer.data().data()), buffer.size());
    if (read_error == asio::error::not_found || has_line_longer_than(arrived, options_.max_line))
      co_return ending::line_too_long;
    if (read_error) co_return ending::client_left;  // end of stream, a reset, or cancelled
    client.last_heard = std::chrono::steady_clock::now();
    client.answering = true;
    if (options_.work.count() > 0) {
      asio::steady_timer working(client.socket.get_executor(), options_.work);
      co_await working.async_wait(asio::as_tuple(asio::use_awaitable));
    }
    // Every complete line that has arrived goes back in one write, not one write a line.
    std::size_t complete = arrived.rfind('\n') + 1;
    auto [write_error, written] = co_await asio::async_write(client.socket, asio::buffer(buffer.data(), complete),
                                                             asio::as_tuple(asio::use_awaitable));
    client.answering = false;
    if (write_error) co_return ending::client_left;
    buffer.consume(complete);
  }
  co_return ending::stopped;  // stop() came while we answered: that answer is out, now close
}

// Ends the connection when its client has been silent for idle_timeout, or at stop() when
// no answer is on its way. The timer is set once per idle_timeout, not once per line: a
// timer reset per read costs system calls on every message. Not `read || timer` per line
// either: || waits for the first *success*, so a read that failed at once (end of stream)
// would wait for the timer (or_timeout_hides_eof).
asio::awaitable<echo_server::ending> echo_server::watch_idle(connection& client)
{
  for (;;) {
    auto now = std::chrono::steady_clock::now();
    if (stopping_ && !client.answering) co_return ending::stopped;
    auto deadline = (client.answering ? now : client.last_heard) + options_.idle_timeout;
    if (now >= deadline) co_return ending::idle;
    client.idle.expires_at(stopping_ ? asio::steady_timer::time_point::max() : deadline);
    co_await client.idle.async_wait(asio::as_tuple(asio::use_awaitable));  // stop() cancels it
  }
}
