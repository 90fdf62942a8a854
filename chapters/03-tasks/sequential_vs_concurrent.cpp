// The same three 2-second downloads: awaited one by one they take 6 s; as tasks, 2 s.
#include <a2a/a2a.hpp>

asio::awaitable<std::string> download_file(int id, a2a::timeline& timeline)
{
  auto busy = timeline.track(fmt::format("file {}", id));
  a2a::log("Starting download {}", id);
  co_await a2a::sleep(2s);
  a2a::log("Completed download {}", id);
  co_return fmt::format("file_{}.dat", id);
}

asio::awaitable<void> sequential_downloads()
{
  a2a::timeline timeline;
  double start = a2a::elapsed();
  for (int id = 1; id <= 3; ++id) co_await download_file(id, timeline);
  a2a::log("Sequential: {:.2f} seconds", a2a::elapsed() - start);
  fmt::print("{}\n", timeline.chart());
}

asio::awaitable<void> concurrent_downloads()
{
  auto executor = co_await asio::this_coro::executor;
  a2a::timeline timeline;
  double start = a2a::elapsed();
  std::vector<a2a::Task<std::string>> tasks;
  for (int id = 1; id <= 3; ++id)
    tasks.push_back(a2a::create_task(executor, download_file(id, timeline)));
  for (auto& task : tasks) co_await task.get();
  a2a::log("Concurrent: {:.2f} seconds", a2a::elapsed() - start);
  fmt::print("{}", timeline.chart());
}

asio::awaitable<void> async_main()
{
  co_await sequential_downloads();
  co_await concurrent_downloads();
}

int main()
{
  a2a::run(async_main());
}
