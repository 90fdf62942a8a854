// What Python's gather really does on an error: the others keep running. Tasks do the same.
#include <a2a/a2a.hpp>

asio::awaitable<std::string> failing_task()
{
  co_await a2a::sleep(1s);
  throw std::runtime_error("Task failed!");
}

asio::awaitable<std::string> successful_task()
{
  co_await a2a::sleep(2s);
  a2a::log("successful_task finished");
  co_return "success";
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  auto failing = a2a::create_task(executor, failing_task());
  auto successful = a2a::create_task(executor, successful_task());
  try {
    co_await failing.get();
    co_await successful.get();
  } catch (const std::runtime_error& e) {
    a2a::log("Error caught: {}", e.what());
  }
  co_await a2a::sleep(2s);
  a2a::log("successful_task is done: {}", successful.done());
}

int main()
{
  a2a::run(async_main());
}
