// Named tasks and asyncio.all_tasks(): which tasks are still running, and on what each waits.
// (The seed's asyncio.Task.all_tasks() was removed in Python 3.9; asyncio.all_tasks() is it.)
#include <a2a/a2a.hpp>

asio::awaitable<void> download(std::string file, std::chrono::seconds takes)
{
  co_await a2a::sleep(takes);
  a2a::log("{} downloaded", file);
}

asio::awaitable<void> wait_for_go(a2a::event& go)
{
  co_await go.wait();
  a2a::log("go!");
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  a2a::event go;
  std::vector<a2a::Task<void>> tasks;
  tasks.push_back(a2a::create_task(executor, download("a.zip", 1s), "download a.zip"));
  tasks.push_back(a2a::create_task(executor, download("b.zip", 3s), "download b.zip"));
  tasks.push_back(a2a::create_task(executor, wait_for_go(go)));  // unnamed: "Task-3"
  co_await a2a::sleep(2s);
  a2a::print_all_tasks(stdout);
  go.set();
  for (auto& task : tasks) co_await task.get();
  a2a::print_all_tasks(stdout);
}

int main()
{
  a2a::run(async_main(), a2a::debug_options{});  // debug mode: all_tasks() also says what each waits on
}
