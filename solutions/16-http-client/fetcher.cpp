#include "fetcher.hpp"

namespace {
asio::awaitable<fetch_result> fetch_one(http_session& session, std::string url, fetch_options options)
{
  fetch_result result;
  result.url = url;
  auto wait = options.first_wait;
  for (;;) {
    ++result.attempts;
    bool again = false;
    try {
      auto response = co_await session.get(url);
      result.status = response.status;
      result.body = std::move(response.body);
      result.error.clear();
      again = worth_retrying(response.status);
    } catch (const http_error& e) {
      result.error = e.what();
      again = worth_retrying(e.kind);
    }
    if (!again || result.attempts == options.attempts) co_return result;
    co_await a2a::sleep(wait);
    wait *= 2;
  }
}
}  // namespace

asio::awaitable<std::vector<fetch_result>> fetch_all(std::vector<std::string> urls, fetch_options options)
{
  client_options client;
  client.max_connections = options.connections;  // the session's own limit: requests wait for a connection
  client.timeout = options.timeout;
  http_session session(co_await asio::this_coro::executor, client);
  std::vector<asio::awaitable<fetch_result>> fetches;
  for (auto& url : urls) fetches.push_back(fetch_one(session, url, options));
  co_return co_await a2a::gather(std::move(fetches));
}
