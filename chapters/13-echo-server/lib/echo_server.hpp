// The chapter's echo server as a class, so that its programs and its tests share one: a
// line in, the same line back, one coroutine per connection. It holds up against bad
// clients: an idle one is dropped, an over-long line gets an error line and the connection
// closes, and stop() shuts down gracefully.
#pragma once
#include <a2a/a2a.hpp>

#include <list>

struct server_options {
  std::chrono::milliseconds idle_timeout{30'000};  // a client silent this long is dropped
  std::size_t max_line = 4096;                     // bytes in one line, its '\n' included
  std::chrono::milliseconds work{0};               // time to answer what arrived (to watch shutdowns)
  std::chrono::milliseconds shutdown_grace{5'000};  // how long stop() lets exchanges finish
};

class echo_server {
 public:
  echo_server(asio::any_io_executor executor, const asio::ip::tcp::endpoint& where,
              server_options options = {});

  asio::ip::tcp::endpoint local_endpoint() const { return acceptor_.local_endpoint(); }
  std::size_t connections() const { return connections_.size(); }

  // Accepts and serves until stop(); returns once every connection has closed.
  asio::awaitable<void> run();

  // Stops accepting. A connection waiting for its next line closes at once; one answering a
  // line closes after its answer, or when shutdown_grace is over.
  void stop();

 private:
  struct connection {
    asio::ip::tcp::socket socket;
    asio::steady_timer idle;  // watch_idle() sleeps on it; stop() wakes it
    std::chrono::steady_clock::time_point last_heard = std::chrono::steady_clock::now();
    bool answering = false;  // a line has arrived and its answer is not written yet
  };
  enum class ending { client_left, line_too_long, idle, stopped };

  asio::awaitable<void> serve(std::list<connection>::iterator client);
  asio::awaitable<ending> answer_lines(connection& client);
  asio::awaitable<ending> watch_idle(connection& client);
  asio::awaitable<void> wait_until_all_closed();

  asio::ip::tcp::acceptor acceptor_;
  server_options options_;
  bool stopping_ = false;
  std::list<connection> connections_;  // a list: each connection keeps its place while it lives
  a2a::event all_closed_;
};
