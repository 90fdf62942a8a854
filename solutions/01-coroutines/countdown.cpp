#include "countdown.hpp"

asio::awaitable<int> countdown(int from)
{
  if (from < 0) throw std::invalid_argument("a countdown cannot start below zero");
  for (int n = from; n >= 1; --n) {
    a2a::log("{}", n);
    co_await a2a::sleep(1s);
  }
  a2a::log("liftoff!");
  co_return from;
}

int run_countdown(int from)
{
  return a2a::run(countdown(from));
}
