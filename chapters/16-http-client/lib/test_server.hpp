// The chapter's own web server: no internet needed. Examples and tests start it in-process
// on 127.0.0.1, port 0; `./tutorial run 16 test_server --port 8080` runs it on its own, for
// curl. HTTP/1.1 with keep-alive, on Boost.Beast and coroutines; a bad request gets 400.
// Its waits (/delay, /drip) are story time (a2a::sleep) by default, so the examples print
// the same stamps on every machine and the tests run them 100 times faster; the server run
// on its own, and the benchmark, wait in real time.
//
//   /                      an HTML page with links         /delay/MS    200 after MS ms
//   /status/CODE           that status                     /bytes/N     N bytes, streamed
//   /users, /users/ID      JSON                            /posts?user=ID  JSON
//   /pages/N               HTML with links to /pages/2N and /pages/2N+1 (up to 64)
//   /flaky/KEY/K           503 the first K times for KEY, then 200
//   /drip/N/MS             N bytes, one every MS ms (waits of more than an hour: 404)
//   /redirect/N            302 to /redirect/N-1, ... /redirect/0 is 200; /loop 302 to itself
//   /bad-location          302 to something that is not a URL
//   /silent                reads the request and never answers
//   /cut/N                 promises N bytes, sends half, closes
//   /garbage               a malformed status line, then closes
#pragma once
#include <a2a/a2a.hpp>

#include <list>
#include <map>
#include <memory>
#include <string>

class test_server {
 public:
  // Listens on 127.0.0.1:port (0: any free port) at once; serves from the executor's loop
  // until stop().
  // A connection that brings no whole request for idle_limit (real time: a socket's
  // deadline) is closed, as real servers close idle keep-alive connections.
  enum class clock { story, real };
  explicit test_server(asio::any_io_executor executor, unsigned short port = 0, clock waits = clock::story,
                       std::chrono::milliseconds idle_limit = std::chrono::seconds(30));
  ~test_server();
  test_server(const test_server&) = delete;
  test_server& operator=(const test_server&) = delete;

  unsigned short port() const;
  std::string url(std::string_view path = "/") const;  // "http://127.0.0.1:PORT/path"

  // Stops accepting and ends every connection at once, also one waiting in a /delay: what
  // is being served ends with an error.
  void stop();

  std::size_t connections_open() const;
  std::size_t requests_served() const;
  std::size_t most_requests_at_once() const;  // being answered at the same moment, at most

 private:
  struct impl;
  std::shared_ptr<impl> impl_;
};
