#include "countdown.hpp"

asio::awaitable<int> countdown(int from)
{
  // TODO: wait one second after each number, co_return how many numbers were logged, and
  // throw std::invalid_argument for a negative `from`.
  for (int n = from; n >= 1; --n) a2a::log("{}", n);
  a2a::log("liftoff!");
  co_return 0;
}

int run_countdown(int from)
{
  // TODO: this makes the coroutine but never runs it. Run it to the end and return its value.
  auto coroutine = countdown(from);
  return 0;
}
