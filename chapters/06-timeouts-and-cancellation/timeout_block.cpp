// `async with asyncio.timeout(2.5):` puts one deadline around several steps. In C++ the
// steps become a coroutine, and a2a::wait_for puts the deadline around it.
#include <a2a/a2a.hpp>

asio::awaitable<void> step(int number)
{
  co_await a2a::sleep(1s);
  a2a::log("step {} done", number);
}

asio::awaitable<void> all_steps()
{
  for (int number = 1; number <= 4; ++number) co_await step(number);
}

asio::awaitable<void> async_main()
{
  try {
    co_await a2a::wait_for(all_steps(), 2500ms);
  } catch (const a2a::timeout_error&) {
    a2a::log("the steps did not finish in 2.5 s");
  }
}

int main()
{
  a2a::run(async_main());
}
