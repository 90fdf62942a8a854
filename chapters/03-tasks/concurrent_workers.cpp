// Concurrency on one thread: three workers take turns, and a chart shows them overlap.
#include <a2a/a2a.hpp>

asio::awaitable<void> worker(int number, a2a::timeline& timeline)
{
  auto busy = timeline.track(fmt::format("worker {}", number));
  a2a::log("Start worker: {}", number);
  co_await a2a::sleep(1s);
  a2a::log("Finish worker: {}", number);
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  a2a::timeline timeline;
  std::vector<a2a::Task<void>> tasks;
  for (int number = 1; number <= 3; ++number)
    tasks.push_back(a2a::create_task(executor, worker(number, timeline)));
  for (auto& task : tasks) co_await task.get();
  fmt::print("{}", timeline.chart());
}

int main()
{
  a2a::run(async_main());
}
