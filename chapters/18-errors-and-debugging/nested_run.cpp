// asyncio.run() inside a coroutine: the loop is already running. Python refuses with
// RuntimeError; a2a::run() throws std::logic_error. Await the coroutine instead.
#include <a2a/a2a.hpp>

asio::awaitable<int> answer()
{
  co_await a2a::sleep(1s);
  co_return 42;
}

asio::awaitable<void> async_main()
{
  try {
    int wrong = a2a::run(answer());  // would stop every other task until it returned
    a2a::log("never printed: {}", wrong);
  } catch (const std::logic_error& e) {
    a2a::log("nested run: {}", e.what());
  }
  int right = co_await answer();
  a2a::log("awaited: {}", right);
}

int main()
{
  a2a::run(async_main());
}
