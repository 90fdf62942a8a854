#include "room.hpp"

void room::join(asio::any_io_executor executor, connection& client)
{
  auto& m = *members_.emplace_back(std::make_unique<member>(client, outbox_lines_));
  // The member lives in members_ until close() has awaited this writer: safe to refer to.
  m.writer = a2a::create_task(executor, write_outbox(m));
}

asio::awaitable<void> room::broadcast(const connection& from, std::string line)
{
  for (auto& m : members_) {  // no co_await in this loop: members_ cannot change under it
    if (m->dropped || m->client == &from) continue;
    if (m->outbox.full()) {  // it has not taken the last outbox_lines lines: stalled
      m->dropped = true;
      m->outbox.shutdown();
      m->client->close();  // ends the writer's receive() that never returned
      continue;
    }
    m->outbox.put_nowait(line);
  }
  co_return;
}

asio::awaitable<void> room::write_outbox(member& m)
{
  for (;;) {
    std::string line;
    try {
      line = co_await m.outbox.get();
    } catch (const a2a::queue_shut_down&) {
      co_return;  // closed, and everything queued has been sent
    }
    try {
      co_await m.client->receive(std::move(line));
    } catch (const std::runtime_error&) {
      co_return;  // the connection was closed: this member is gone
    }
  }
}

asio::awaitable<void> room::close()
{
  for (auto& m : members_) m->outbox.shutdown();
  for (auto& m : members_) co_await m->writer->get();
}

std::size_t room::members() const
{
  return static_cast<std::size_t>(
      std::count_if(members_.begin(), members_.end(), [](auto& m) { return !m->dropped; }));
}
