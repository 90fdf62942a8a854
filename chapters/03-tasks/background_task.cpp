// A new task starts as soon as its creator pauses, and keeps going while the creator works.
#include <a2a/a2a.hpp>

asio::awaitable<void> background_work()
{
  a2a::log("Starting background work");
  co_await a2a::sleep(2s);
  a2a::log("Background work completed");
}

asio::awaitable<void> async_main()
{
  auto task = a2a::create_task(co_await asio::this_coro::executor, background_work());
  a2a::log("Task created, doing other work");
  co_await a2a::sleep(1s);
  a2a::log("Other work done");

  co_await task.get();
}

int main()
{
  a2a::run(async_main());
}
