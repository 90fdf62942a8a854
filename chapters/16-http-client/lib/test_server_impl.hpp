// The test server's inside, shared by test_server.cpp (connections: accepting, reading
// requests, stopping) and routes.cpp (what each path answers). The examples use
// test_server.hpp only.
#pragma once
#include "test_server.hpp"

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace beast = boost::beast;
namespace http = beast::http;
using asio::ip::tcp;

struct test_server::impl : std::enable_shared_from_this<impl> {
  explicit impl(asio::any_io_executor executor) : acceptor(executor) {}

  tcp::acceptor acceptor;
  unsigned short port = 0;
  test_server::clock waits = test_server::clock::story;
  std::chrono::milliseconds idle_limit{};
  // A connection, and a signal that stops whatever its coroutine waits for (a /delay, a
  // drip, a read): stop() must not wait for a 60-second delay to end.
  struct connection {
    explicit connection(tcp::socket s) : stream(std::move(s)) {}
    beast::tcp_stream stream;  // its deadline is the idle limit while a request is awaited
    asio::cancellation_signal stop;
  };
  std::list<connection*> open;
  std::map<std::string, long> flaky_failures;
  std::size_t served = 0, answering = 0, most_answering = 0;
  bool stopping = false;

  using response = http::response<http::string_body>;

  // test_server.cpp
  asio::awaitable<void> accept_loop();
  asio::awaitable<void> serve(std::shared_ptr<connection> client);
  asio::awaitable<void> wait(std::chrono::milliseconds how_long);  // story or real time, as `waits`

  // routes.cpp
  // Answers one request; false: the connection must close after it.
  asio::awaitable<bool> answer(tcp::socket& socket, const http::request<http::string_body>& request);
  // n bytes of the alphabet, in pieces of at most 64 KB, each after `pause`.
  asio::awaitable<void> send_bytes(tcp::socket& socket, unsigned version, bool keep, std::size_t n,
                                   std::chrono::milliseconds pause);
  // Any code from 100 to 599, also those Beast has no name for (418).
  static response plain(unsigned status, unsigned version, bool keep_alive, std::string body,
                        std::string_view type = "text/plain");
  static response plain(http::status status, unsigned version, bool keep_alive, std::string body,
                        std::string_view type = "text/plain");
  static asio::awaitable<void> send(tcp::socket& socket, response res);
};
