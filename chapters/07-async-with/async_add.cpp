// What enter() returns is what the body gets: `async with AsyncAdd(1, 2) as result:`.
#include <a2a/a2a.hpp>

struct async_add {
  int a;
  int b;

  asio::awaitable<int> enter()
  {
    co_await a2a::sleep(1s);
    co_return a + b;
  }

  asio::awaitable<void> exit(std::exception_ptr) { co_return; }
};

asio::awaitable<void> async_main()
{
  co_await a2a::async_with(async_add{1, 2}, [](int result) -> asio::awaitable<void> {
    a2a::log("{}", result);
    co_return;
  });
}

int main()
{
  a2a::run(async_main());
}
