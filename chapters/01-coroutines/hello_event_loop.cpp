// A coroutine run by hand on an event loop: what asyncio did before asyncio.run() existed.
#include <a2a/a2a.hpp>

asio::awaitable<void> hello()
{
  fmt::print("Hello, world!\n");
  co_return;
}

int main()
{
  asio::io_context loop;                          // the event loop
  asio::co_spawn(loop, hello(), asio::detached);  // schedule the coroutine on it
  loop.run();                                     // run until nothing is left to do
}
