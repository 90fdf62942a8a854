// A coroutine's co_return value comes back through co_await, and out of a2a::run().
#include <a2a/a2a.hpp>

asio::awaitable<std::string> make_greeting()
{
  co_await a2a::sleep(1s);
  co_return "Hello, async world!";
}

asio::awaitable<std::string> async_main()
{
  std::string greeting = co_await make_greeting();
  a2a::log("main got: {}", greeting);
  co_return greeting + " (returned by main)";
}

int main()
{
  std::string result = a2a::run(async_main());
  fmt::print("run() returned: {}\n", result);
}
