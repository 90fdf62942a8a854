#include "../rate_limiters.hpp"

#include "testing.hpp"

#include <algorithm>

namespace {

// Starts `calls` callers at `arrivals` apart, each acquiring from `limiter`; returns when
// each got through, in story seconds.
template <typename Limiter>
std::vector<double> starts(Limiter& limiter, int calls, std::chrono::milliseconds arrivals)
{
  std::vector<double> times;
  auto caller = [&](int index) -> asio::awaitable<void> {
    co_await a2a::sleep(arrivals * index);
    co_await limiter.acquire();
    times.push_back(a2a::elapsed());
  };
  auto main = [&]() -> asio::awaitable<void> {
    std::vector<asio::awaitable<void>> callers;
    for (int i = 0; i < calls; ++i) callers.push_back(caller(i));
    co_await a2a::gather(std::move(callers));
  };
  a2a::run(main());
  std::sort(times.begin(), times.end());
  return times;
}

// The most calls that started within any window of `period` seconds, [t, t + period).
std::size_t busiest_window(const std::vector<double>& times, double period)
{
  std::size_t most = 0;
  for (auto first = times.begin(); first != times.end(); ++first) {
    auto end = std::lower_bound(first, times.end(), *first + period - 1e-9);
    most = std::max(most, static_cast<std::size_t>(end - first));
  }
  return most;
}

}  // namespace

TEST_CASE("sliding window: no window of 2 s ever holds more than 5 calls")
{
  for (auto arrivals : {0ms, 100ms, 250ms, 700ms}) {
    sliding_window_limiter limiter(5, 2s);
    auto times = starts(limiter, 23, arrivals);
    CHECK(times.size() == 23);
    CHECK(busiest_window(times, 2.0) <= 5);
    if (arrivals < 400ms) CHECK(busiest_window(times, 2.0) == 5);  // the limit was reached
  }
}

TEST_CASE("sliding window: calls that arrive slowly enough are not delayed")
{
  sliding_window_limiter limiter(2, 1s);
  auto times = starts(limiter, 4, 500ms);
  CHECK(times == std::vector<double>{0.0, 0.5, 1.0, 1.5});
}

TEST_CASE("token bucket: a burst, then a steady rate; any window holds at most burst + rate")
{
  token_bucket bucket(3, 500ms);
  auto times = starts(bucket, 9, 0ms);
  CHECK(times == std::vector<double>{0.0, 0.0, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0});
  CHECK(busiest_window(times, 2.0) <= 3 + 4);
}

TEST_CASE("the busiest-window check can fail: it counts calls bunched together")
{
  CHECK(busiest_window({0.0, 0.1, 1.9, 2.0}, 2.0) == 3);
}
