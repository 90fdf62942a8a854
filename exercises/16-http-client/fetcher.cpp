#include "fetcher.hpp"

asio::awaitable<std::vector<fetch_result>> fetch_all(std::vector<std::string> urls, fetch_options options)
{
  // TODO: fetch the URLs concurrently (at most options.connections at a time), retry what
  // is worth retrying with a growing wait in between, and give each URL its result, errors
  // included, in the order of `urls`.
  http_session session(co_await asio::this_coro::executor);
  std::vector<fetch_result> results;
  for (auto& url : urls) {
    fetch_result result;
    result.url = url;
    auto response = co_await session.get(url);
    result.attempts = 1;
    result.status = response.status;
    result.body = std::move(response.body);
    results.push_back(std::move(result));
  }
  co_return results;
}
