// a2a::run() is asyncio.run(): it makes the loop, runs main to the end, and cleans up.
#include <a2a/a2a.hpp>

asio::awaitable<void> async_main()
{
  a2a::log("Starting async operations");
  co_await a2a::sleep(1s);
  a2a::log("Finished");
}

int main()
{
  a2a::run(async_main());
}
