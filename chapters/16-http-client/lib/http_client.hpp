// A small HTTP/1.1 client over Boost.Beast and Boost.URL, for coroutines: aiohttp's
// ClientSession cut down to what the chapter needs. Plain http only (no TLS).
#pragma once
#include <a2a/a2a.hpp>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

struct http_response {
  unsigned status = 0;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::string header(std::string_view name) const;  // "" if it is not there
};

struct client_options {
  std::chrono::milliseconds connect_timeout{5'000};
  std::chrono::milliseconds timeout{10'000};   // each request, once connected
  std::size_t body_limit = 8 * 1024 * 1024;    // Beast's own default, kept on purpose
  int max_redirects = 5;
  std::size_t max_connections = 100;  // requests at once, per session; 0: no limit (aiohttp: limit=100)
};

// What went wrong, in words a learner can act on; `kind` for code that decides. A request
// that is cancelled is not an http_error: it throws what every cancelled co_await throws.
enum class http_failure {
  bad_url, unsupported_scheme, refused, timeout, closed_early, malformed, too_many_redirects, body_too_large,
  network  // anything else the system said no to: a name it cannot resolve, too many open files, ...
};

struct http_error : std::runtime_error {
  http_error(http_failure kind, const std::string& url, const std::string& reason);
  http_failure kind;
  std::string url;
  std::string reason;  // what() without the URL: "https needs TLS, ..."
};

// An http:// URL taken apart; throws http_error (bad_url, unsupported_scheme) for others.
struct http_target {
  std::string host;       // "example.com", "127.0.0.1", "::1" (no brackets)
  unsigned short port;
  std::string authority;  // for the Host header: "example.com:8080", "[::1]:80"
  std::string path;       // with the query: "/users?id=1"
};
http_target parse_http_url(const std::string& url);

// Connections are kept and reused per host and port (keep-alive). At most max_connections
// requests are in flight at once, so at most that many connections are busy; a request
// waits for its turn. Idle connections stay open until the session ends.
class http_session {
 public:
  explicit http_session(asio::any_io_executor executor, client_options options = {});
  ~http_session();

  asio::awaitable<http_response> get(std::string url);

  // The body goes to on_chunk piece by piece as it arrives, never all in memory: for large
  // downloads. No body limit applies. Returns the status; follows no redirect (a 302 comes
  // back as 302). The timeout applies to each piece, not to the whole download.
  asio::awaitable<unsigned> get_streamed(std::string url, std::function<void(std::string_view)> on_chunk);

  std::size_t connections_made() const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};
