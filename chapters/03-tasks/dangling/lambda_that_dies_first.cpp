// Dangles on purpose: a task started from a lambda coroutine that captures by reference. The
// function that starts it returns at once, and its local and the lambda die with it; the task
// reads them a second later. AddressSanitizer stops the program there.
#include <a2a/a2a.hpp>

a2a::Task<void> start_greeting(asio::any_io_executor executor)
{
  std::string name(40, 'x');
  auto greet = [&]() -> asio::awaitable<void> {
    co_await a2a::sleep(1s);
    a2a::log("hello, {}", name);  // this lambda and `name` lived in start_greeting's frame
  };
  return a2a::create_task(executor, greet());
}

asio::awaitable<void> async_main()
{
  auto greeting = start_greeting(co_await asio::this_coro::executor);
  co_await greeting.get();
}

int main()
{
  a2a::run(async_main());
}
