// A rate limit, not a concurrency limit: at most 5 requests in any 2 s. Fifteen requests
// start in three waves; each one lasts 0.5 s, which does not matter to this kind of limit.
#include "rate_limiters.hpp"

asio::awaitable<std::string> fetch_with_rate_limit(sliding_window_limiter& limiter, int item_id)
{
  co_await limiter.acquire();
  a2a::log("Fetching item {}", item_id);
  co_await a2a::sleep(500ms);
  co_return fmt::format("Item {}", item_id);
}

asio::awaitable<void> async_main()
{
  sliding_window_limiter limiter(5, 2s);
  std::vector<asio::awaitable<std::string>> requests;
  for (int i = 0; i < 15; ++i) requests.push_back(fetch_with_rate_limit(limiter, i));
  auto results = co_await a2a::gather(std::move(requests));
  a2a::log("Completed {} requests", results.size());
}

int main()
{
  a2a::run(async_main());
}
