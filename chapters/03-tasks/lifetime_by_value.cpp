// The first safe form: take parameters by value. Each one is moved into the coroutine's
// frame, which lives exactly as long as the task, so a temporary argument is fine.
#include <a2a/a2a.hpp>

asio::awaitable<void> greet_later(std::string name)  // a copy of its own, not a reference
{
  co_await a2a::sleep(1s);
  a2a::log("hello, {}", name);
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  auto greeting = a2a::create_task(executor, greet_later(std::string("a name long enough for the heap")));
  a2a::log("the temporary is gone; the task has its own copy");
  co_await greeting.get();
}

int main()
{
  a2a::run(async_main());
}
