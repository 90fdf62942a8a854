#include "chat_server.hpp"

#include <algorithm>

using asio::ip::tcp;

chat_server::chat_server(asio::any_io_executor executor, const tcp::endpoint& where, chat_options options)
    : acceptor_(executor, where), options_(options)
{
}

asio::awaitable<void> chat_server::run()
{
  auto executor = co_await asio::this_coro::executor;
  auto report = [](std::exception_ptr failure) {  // never asio::detached: it would swallow this
    if (failure) fmt::print(stderr, "a chat connection failed unexpectedly\n");
  };
  while (!stopping_) {
    auto [error, socket] = co_await acceptor_.async_accept(asio::as_tuple(asio::use_awaitable));
    if (error == asio::error::operation_aborted) break;
    if (error) {  // e.g. too many open files: wait a moment rather than spin, then go on
      asio::steady_timer pause(executor, std::chrono::milliseconds(100));
      co_await pause.async_wait(asio::as_tuple(asio::use_awaitable));
      continue;
    }
    // Shared by the list and the member's two coroutines: it lives until all three let go.
    auto client = std::make_shared<member>(std::move(socket), options_.outbox_lines);
    members_.push_back(client);
    running_ += 2;
    asio::co_spawn(executor, serve(client), report);
    asio::co_spawn(executor, write_outbox(client), report);
  }
  if (running_ > 0) co_await all_left_.wait();  // this server must outlive its coroutines
}

void chat_server::stop()
{
  stopping_ = true;
  boost::system::error_code ignored;
  acceptor_.close(ignored);
  for (auto& client : members_) {
    send(*client, "* the server is shutting down\n");
    client->outbox.shutdown();  // its writer sends what is queued, then closes
  }
}

void chat_server::finished()
{
  if (--running_ == 0 && stopping_) all_left_.set();
}

// One line without its '\n' (or "\r\n", as telnet sends); nullopt once the client has gone
// or sent a line over the limit.
asio::awaitable<std::optional<std::string>> chat_server::read_line(member& client, std::string& buffer)
{
  auto [error, length] = co_await asio::async_read_until(
      client.socket, asio::dynamic_buffer(buffer, options_.max_line), '\n', asio::as_tuple(asio::use_awaitable));
  if (error == asio::error::not_found) send(client, fmt::format("* lines are limited to {} bytes\n", options_.max_line));
  if (error) co_return std::nullopt;
  std::string line = buffer.substr(0, length - 1);
  buffer.erase(0, length);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  co_return line;
}

// The reader: reads the client's lines and turns them into broadcasts.
asio::awaitable<void> chat_server::serve(member_ptr client)
{
  std::string buffer;
  send(*client, "welcome! your nickname?\n");
  while (client->nickname.empty()) {
    auto name = co_await read_line(*client, buffer);
    if (!name) break;
    bool valid = !name->empty() && name->size() <= 20 && name->find(' ') == std::string::npos;
    bool taken = std::any_of(members_.begin(), members_.end(), [&](auto& m) { return m->nickname == *name; });
    if (!valid || taken) {
      send(*client, valid ? "* that nickname is taken, another?\n" : "* one word of 1 to 20 characters, please\n");
      continue;
    }
    client->nickname = *name;
    auto here = std::count_if(members_.begin(), members_.end(), [](auto& m) { return !m->nickname.empty(); });
    send(*client, fmt::format("* hello {}! {} here now; /quit leaves\n", *name, here));
    broadcast(*client, fmt::format("* {} joined\n", *name));
  }
  while (!client->nickname.empty()) {
    auto line = co_await read_line(*client, buffer);
    if (!line) break;
    if (*line == "/quit") {
      send(*client, "* bye\n");
      break;
    }
    broadcast(*client, fmt::format("{}: {}\n", client->nickname, *line));
  }
  disconnect(*client);
  members_.remove(client);
  finished();
}

// The writer: the only coroutine that writes to this client's socket.
asio::awaitable<void> chat_server::write_outbox(member_ptr client)
{
  for (;;) {
    std::string line;
    try {
      line = co_await client->outbox.get();
    } catch (const a2a::queue_shut_down&) {
      break;  // shut down and empty: everything queued has been sent
    }
    auto [write_error, written] = co_await asio::async_write(client->socket, asio::buffer(line),
                                                             asio::as_tuple(asio::use_awaitable));
    if (write_error) break;
  }
  // Stops both directions: the reader's pending read ends too (with the end of the stream).
  boost::system::error_code ignored;
  client->socket.shutdown(tcp::socket::shutdown_both, ignored);
  finished();
}

// Never waits: drops the line into the member's outbox.
void chat_server::send(member& to, std::string line)
{
  if (to.outbox.full()) {
    // It has not read the last outbox_lines lines: it is stalled. Drop it, not the others.
    disconnect(to);
    boost::system::error_code ignored;
    to.socket.close(ignored);  // its writer's write fails at once, and its reader's read
    return;
  }
  try {
    to.outbox.put_nowait(std::move(line));
  } catch (const a2a::queue_shut_down&) {
    // leaving already: nothing more goes to it
  }
}

void chat_server::broadcast(const member& from, const std::string& line)
{
  // No co_await in here, so the list cannot change under this loop (the seed's bug) and no
  // member waits for another. A copy of the list all the same: send() may drop a member.
  auto everyone = members_;
  for (auto& client : everyone)
    if (client.get() != &from && !client->nickname.empty()) send(*client, line);
}

void chat_server::disconnect(member& client)
{
  std::string nickname = std::exchange(client.nickname, std::string());
  client.outbox.shutdown();  // its writer sends what is queued, then closes
  if (!nickname.empty() && !stopping_) broadcast(client, fmt::format("* {} left\n", nickname));
}
