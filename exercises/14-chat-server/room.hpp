// Exercise 14: a chat room's broadcast, with an outbox per member. Write the room in
// room.cpp; connection.hpp (a pretend client, in story time) is given.
#pragma once
#include "connection.hpp"

#include <list>
#include <memory>

class room {
 public:
  explicit room(std::size_t outbox_lines) : outbox_lines_(outbox_lines) {}

  // Adds `client` to the room (it must outlive the room's close()) and starts its writer:
  // a coroutine that sends the member's outbox to client.receive(), line by line, in order.
  void join(asio::any_io_executor executor, connection& client);

  // Gives `line` to every member but `from`. Never waits for a member: a slow member must
  // not delay the others. A member whose outbox already holds outbox_lines lines is stalled:
  // close its connection and drop it from the room; the others still get the line.
  asio::awaitable<void> broadcast(const connection& from, std::string line);

  // Lets every writer send what is already in its outbox, then returns once all have
  // stopped. Nothing is broadcast after close().
  asio::awaitable<void> close();

  std::size_t members() const;  // not counting dropped ones

 private:
  struct member {
    member(connection& c, std::size_t outbox_lines) : client(&c), outbox(outbox_lines) {}
    connection* client;
    a2a::queue<std::string> outbox;
    bool dropped = false;
    std::optional<a2a::Task<void>> writer;
  };

  asio::awaitable<void> write_outbox(member& m);

  std::size_t outbox_lines_;
  std::list<std::unique_ptr<member>> members_;  // a member stays here until close()
};
