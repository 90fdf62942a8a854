// A token bucket: a burst of 3 at once, then one call every 0.5 s as tokens come back.
#include "rate_limiters.hpp"

asio::awaitable<void> call(token_bucket& bucket, int id)
{
  co_await bucket.acquire();
  a2a::log("call {}", id);
}

asio::awaitable<void> async_main()
{
  token_bucket bucket(3, 500ms);
  std::vector<asio::awaitable<void>> calls;
  for (int i = 0; i < 7; ++i) calls.push_back(call(bucket, i));
  co_await a2a::gather(std::move(calls));
}

int main()
{
  a2a::run(async_main());
}
