// asyncio.Event: runners wait for the start signal; set() releases all of them at once.
#include <a2a/a2a.hpp>

asio::awaitable<void> runner(a2a::event& start, std::string name)
{
  a2a::log("{} is ready", name);
  co_await start.wait();
  a2a::log("{} runs", name);
}

asio::awaitable<void> starter(a2a::event& start)
{
  co_await a2a::sleep(3s);
  a2a::log("bang!");
  start.set();
}

asio::awaitable<void> async_main()
{
  a2a::event start;
  co_await a2a::gather(runner(start, "A"), runner(start, "B"), starter(start));
  co_await start.wait();  // set already: returns at once
  a2a::log("is_set: {}", start.is_set());
}

int main()
{
  a2a::run(async_main());
}
