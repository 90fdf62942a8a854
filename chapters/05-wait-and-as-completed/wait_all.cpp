// asyncio.wait(tasks): hand over tasks, get back which are done and which are still pending.
#include <a2a/a2a.hpp>

asio::awaitable<std::string> task(std::chrono::seconds delay, std::string name)
{
  co_await a2a::sleep(delay);
  co_return fmt::format("{} completed", name);
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  std::vector tasks{a2a::create_task(executor, task(1s, "Task 1")),
                    a2a::create_task(executor, task(2s, "Task 2")),
                    a2a::create_task(executor, task(3s, "Task 3"))};

  auto [done, pending] = co_await a2a::wait(tasks, a2a::return_when::all_completed);

  // The loop variable may be called anything, even `task`: it lives only inside the loop.
  for (auto& finished : done) {
    auto result = co_await finished.get();  // done already: this returns at once
    a2a::log("{}", result);
  }
  a2a::log("{} pending", pending.size());
}

int main()
{
  a2a::run(async_main());
}
