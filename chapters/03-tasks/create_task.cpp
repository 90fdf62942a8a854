// Tasks run side by side: awaiting two tasks of 1 s and 2 s takes 2 s, not 3.
#include <a2a/a2a.hpp>

asio::awaitable<std::string> say_after(std::chrono::seconds delay, std::string message)
{
  co_await a2a::sleep(delay);
  a2a::log("{}", message);
  co_return message;
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  auto task1 = a2a::create_task(executor, say_after(1s, "First"));
  auto task2 = a2a::create_task(executor, say_after(2s, "Second"));

  std::string result1 = co_await task1.get();
  std::string result2 = co_await task2.get();
  a2a::log("Results: {}, {}", result1, result2);
}

int main()
{
  a2a::run(async_main());
}
