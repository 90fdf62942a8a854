#include "room.hpp"

// TODO: this starter has no outboxes: broadcast() awaits each member's receive() in turn, as
// the source article's chat server awaits each drain(). One slow member delays everyone,
// and a stalled one stops the room. Give each member its outbox and a writer coroutine
// (write_outbox), make broadcast() only put lines into outboxes, and drop stalled members.

void room::join(asio::any_io_executor executor, connection& client)
{
  members_.push_back(std::make_unique<member>(client, outbox_lines_));
}

asio::awaitable<void> room::broadcast(const connection& from, std::string line)
{
  for (auto& m : members_)
    if (m->client != &from) co_await m->client->receive(line);
}

asio::awaitable<void> room::write_outbox(member& m)
{
  co_return;
}

asio::awaitable<void> room::close()
{
  co_return;
}

std::size_t room::members() const
{
  return members_.size();
}
