// The fourth safe form, for lambda coroutines: a lambda's captures live in the lambda object,
// not in the coroutine's frame, so the lambda must outlive the coroutine. Give the lambda
// what it needs as parameters instead (they are moved into the frame, as in
// lifetime_by_value), or keep the lambda object alive until the task is done.
#include <a2a/a2a.hpp>

a2a::Task<void> start_greeting(asio::any_io_executor executor)
{
  std::string name = "a name long enough for the heap";
  auto greet = [](std::string name) -> asio::awaitable<void> {  // no captures: a parameter
    co_await a2a::sleep(1s);
    a2a::log("hello, {}", name);
  };
  return a2a::create_task(executor, greet(name));  // the lambda and `name` may now die
}

asio::awaitable<void> async_main()
{
  auto greeting = start_greeting(co_await asio::this_coro::executor);
  a2a::log("start_greeting has returned");
  co_await greeting.get();
}

int main()
{
  a2a::run(async_main());
}
