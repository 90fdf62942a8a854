// Three things a coroutine can co_await: a coroutine, an Asio operation, and a task.
#include <a2a/a2a.hpp>

asio::awaitable<std::string> nested()
{
  co_return "a coroutine's co_return value";
}

asio::awaitable<void> async_main()
{
  // 1. A coroutine: an asio::awaitable<T>, awaited once.
  std::string value = co_await nested();
  fmt::print("1. awaited {}\n", value);

  // 2. Any Asio asynchronous operation, given asio::use_awaitable as its completion token.
  asio::steady_timer timer(co_await asio::this_coro::executor, 100ms);
  co_await timer.async_wait(asio::use_awaitable);
  fmt::print("2. awaited a timer\n");

  // 3. A task (chapter 03): already running; get() waits for its result, as often as you like.
  auto task = a2a::create_task(co_await asio::this_coro::executor, nested());
  fmt::print("3. awaited a task: {}\n", co_await task.get());
}

int main()
{
  a2a::run(async_main());
}
