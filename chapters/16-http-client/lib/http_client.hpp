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
  std::size_t max_connections = 100;           // at once, per session (aiohttp: limit=100)
};

// What went wrong, in words a learner can act on; `kind` for code that decides.
enum class http_failure {
  bad_url, unsupported_scheme, refused, timeout, closed_early, malformed, too_many_redirects, body_too_large
};

struct http_error : std::runtime_error {
  http_error(http_failure kind, const std::string& url, const std::string& what);
  http_failure kind;
  std::string url;
};

// Connections are kept and reused per host and port (keep-alive), at most max_connections
// open at once; a request waits for a free one.
class http_session {
 public:
  explicit http_session(asio::any_io_executor executor, client_options options = {});
  ~http_session();

  asio::awaitable<http_response> get(std::string url);

  // The body goes to on_chunk piece by piece as it arrives, never all in memory: for large
  // downloads. No body limit applies. Returns the status.
  asio::awaitable<unsigned> get_streamed(std::string url, std::function<void(std::string_view)> on_chunk);

  std::size_t connections_made() const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};
