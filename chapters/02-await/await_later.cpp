// A coroutine object can be kept and awaited later, but it does not run in the meantime.
#include <a2a/a2a.hpp>

asio::awaitable<std::string> my_coroutine()
{
  a2a::log("my_coroutine starts");
  co_await a2a::sleep(1s);
  co_return "completed";
}

asio::awaitable<void> async_main()
{
  auto pending = my_coroutine();
  a2a::log("made the coroutine object; doing something else for 1 s");
  co_await a2a::sleep(1s);

  std::string result = co_await std::move(pending);  // only now does it start
  a2a::log("result: {}", result);
}

int main()
{
  a2a::run(async_main());
}
