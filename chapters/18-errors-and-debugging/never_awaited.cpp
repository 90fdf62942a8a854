// A task that fails while nobody awaits it: its exception waits in the task. If nobody ever
// awaits it, the runtime says so on stderr when the task is gone, as asyncio logs "Task
// exception was never retrieved". It is never silently lost.
#include <a2a/a2a.hpp>

#include "risky.hpp"

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  auto awaited = a2a::create_task(executor, risky_operation(2), "awaited");
  auto forgotten = a2a::create_task(executor, risky_operation(4), "forgotten");
  co_await a2a::sleep(2s);
  a2a::log("both have failed by now; only one is awaited");
  try {
    co_await awaited.get();
  } catch (const std::exception& e) {
    a2a::log("awaited: caught {}", e.what());
  }
  a2a::log("main returns: the last handle to 'forgotten' goes with it");
}

int main()
{
  a2a::run(async_main());
}
