// An async generator: Asio's experimental::coro<T> can both co_yield and co_await, like
// Python's `async def` with `yield`. It runs only when asked for the next value.
#include <a2a/a2a.hpp>

#include <boost/asio/experimental/coro.hpp>

using asio::experimental::coro;

// The executor comes first: a coro needs to know where it runs.
coro<int> async_counter(asio::any_io_executor, int stop)
{
  for (int n = 0; n < stop; ++n) {
    co_yield n;
    co_await a2a::async_sleep(1s, asio::deferred);  // inside a coro, await operations
  }
}

asio::awaitable<void> async_main()
{
  auto counter = async_counter(co_await asio::this_coro::executor, 3);
  while (auto i = co_await counter.async_resume(asio::use_awaitable)) a2a::log("{}", *i);
  a2a::log("the generator is done");
}

int main()
{
  a2a::run(async_main());
}
