// asyncio.Semaphore(3): ten API calls, at most three at a time. `async with semaphore:`
// becomes a permit object that gives the semaphore back when it goes out of scope.
#include <a2a/a2a.hpp>

asio::awaitable<std::string> call_api(a2a::semaphore& semaphore, int api_id,
                                      a2a::timeline& timeline)
{
  auto permit = co_await semaphore.hold();
  auto busy = timeline.track(fmt::format("call {}", api_id));
  co_await a2a::sleep(1s);
  co_return fmt::format("Result {}", api_id);
}

asio::awaitable<void> async_main()
{
  a2a::semaphore semaphore(3);
  a2a::timeline timeline;
  std::vector<asio::awaitable<std::string>> calls;
  for (int i = 0; i < 10; ++i) calls.push_back(call_api(semaphore, i, timeline));
  auto results = co_await a2a::gather(std::move(calls));
  a2a::log("Completed {} API calls", results.size());
  fmt::print("{}", timeline.chart());
}

int main()
{
  a2a::run(async_main());
}
