// asyncio.wait(FIRST_COMPLETED): go on as soon as one task is done. The others keep running
// until you cancel them, and have stopped only once you have waited for them again.
#include <a2a/a2a.hpp>

asio::awaitable<std::string> task(std::chrono::seconds delay, std::string name)
{
  try {
    co_await a2a::sleep(delay);
  } catch (const boost::system::system_error& e) {
    if (e.code() == asio::error::operation_aborted) a2a::log("{} cancelled", name);
    throw;
  }
  co_return fmt::format("{} completed", name);
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  std::vector tasks{a2a::create_task(executor, task(1s, "Fast"), "Fast"),
                    a2a::create_task(executor, task(3s, "Slow"), "Slow"),
                    a2a::create_task(executor, task(2s, "Medium"), "Medium")};

  auto [done, pending] = co_await a2a::wait(tasks, a2a::return_when::first_completed);
  auto first = co_await done.front().get();
  a2a::log("First completed: {}", first);
  a2a::log("Still pending: {} tasks", pending.size());

  for (auto& unfinished : pending) unfinished.cancel();
  co_await a2a::wait(pending);  // cancel() only asks; this waits until they have stopped

  for (auto& t : tasks) a2a::log("{} done: {}", t.name(), t.done());
  co_await a2a::sleep(3s);
  a2a::log("nothing else finished");
}

int main()
{
  a2a::run(async_main());
}
