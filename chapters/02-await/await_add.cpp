// co_await runs another coroutine to the end and hands back its result.
#include <a2a/a2a.hpp>

asio::awaitable<int> add(int a, int b)
{
  a2a::log("add: {} + {}", a, b);
  co_await a2a::sleep(1s);
  co_return a + b;
}

asio::awaitable<void> print_add(int a, int b)
{
  int result = co_await add(a, b);
  a2a::log("print_add: {} + {} = {}", a, b, result);
}

int main()
{
  a2a::run(print_add(1, 2));
}
