// The chapter's chat server: clients pick a nickname, then every line one of them sends goes
// to all the others. Each client has its own outbox (an a2a::queue, chapter 09) and its own
// writer coroutine, so a broadcast only drops a line into each outbox and never waits for
// anyone: a slow or stalled reader cannot delay the others. A client whose outbox overflows
// is disconnected.
#pragma once
#include <a2a/a2a.hpp>

#include <list>
#include <memory>

struct chat_options {
  std::size_t max_line = 1024;      // bytes in one line, its '\n' included
  std::size_t outbox_lines = 256;   // lines waiting for a client before it counts as stalled
};

class chat_server {
 public:
  chat_server(asio::any_io_executor executor, const asio::ip::tcp::endpoint& where, chat_options options = {});

  asio::ip::tcp::endpoint local_endpoint() const { return acceptor_.local_endpoint(); }
  std::size_t members() const { return members_.size(); }  // connected, named or not

  asio::awaitable<void> run();  // accepts and serves until stop(); returns once all have left
  void stop();                  // says goodbye to everyone and closes every connection

 private:
  struct member {
    explicit member(asio::ip::tcp::socket s, std::size_t outbox_lines)
        : socket(std::move(s)), outbox(outbox_lines) {}
    asio::ip::tcp::socket socket;
    a2a::queue<std::string> outbox;
    std::string nickname;  // empty until chosen
  };
  using member_ptr = std::shared_ptr<member>;

  asio::awaitable<void> serve(member_ptr client);
  asio::awaitable<void> write_outbox(member_ptr client);
  asio::awaitable<std::optional<std::string>> read_line(member& client, std::string& buffer);
  void send(member& to, std::string line);
  void broadcast(const member& from, const std::string& line);
  void disconnect(member& client);
  void finished();  // a member's reader or writer has ended

  asio::ip::tcp::acceptor acceptor_;
  chat_options options_;
  bool stopping_ = false;
  std::list<member_ptr> members_;
  std::size_t running_ = 0;  // readers and writers still running: run() waits for them all
  a2a::event all_left_;
};
