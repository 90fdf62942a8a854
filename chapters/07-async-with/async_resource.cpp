// An async context manager: enter() and exit() may await, and a2a::async_with runs
// enter, the body, then exit, like `async with AsyncResource() as r:`.
#include <a2a/a2a.hpp>

struct async_resource {
  asio::awaitable<void> enter()
  {
    a2a::log("Opening resource...");
    co_await a2a::sleep(500ms);
    a2a::log("Resource opened");
  }

  asio::awaitable<void> exit(std::exception_ptr)
  {
    a2a::log("Closing resource...");
    co_await a2a::sleep(500ms);
    a2a::log("Resource closed");
  }
};

asio::awaitable<void> async_main()
{
  co_await a2a::async_with(async_resource{}, []() -> asio::awaitable<void> {
    a2a::log("Using resource...");
    co_return;
  });
}

int main()
{
  a2a::run(async_main());
}
