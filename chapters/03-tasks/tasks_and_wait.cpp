// Chapter 01's three blocking tasks as coroutine tasks: 2 s instead of 6.
#include <a2a/a2a.hpp>

asio::awaitable<void> task(std::string name)
{
  a2a::log("Task {} started", name);
  co_await a2a::sleep(2s);
  a2a::log("Task {} completed", name);
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  a2a::log("Main program started");
  std::vector<a2a::Task<void>> tasks;
  for (std::string name : {"A", "B", "C"}) tasks.push_back(a2a::create_task(executor, task(name)));
  for (auto& t : tasks) co_await t.get();
  a2a::log("Main program completed");
}

int main()
{
  a2a::run(async_main());
}
