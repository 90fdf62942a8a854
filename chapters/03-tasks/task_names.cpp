// Tasks can be named, which helps when you log or debug many of them.
#include <a2a/a2a.hpp>

asio::awaitable<void> long_running_operation()
{
  co_await a2a::sleep(3s);
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  auto named = a2a::create_task(executor, long_running_operation(), "long-operation-task");
  auto unnamed = a2a::create_task(executor, long_running_operation());
  a2a::log("Task name: {}", named.name());
  a2a::log("Task name: {}", unnamed.name());

  co_await named.get();
  co_await unnamed.get();
  a2a::log("{} done: {}", named.name(), named.done());
}

int main()
{
  a2a::run(async_main());
}
