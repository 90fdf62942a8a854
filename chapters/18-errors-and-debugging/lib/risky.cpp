#include "risky.hpp"

asio::awaitable<std::string> risky_operation(int item)
{
  co_await a2a::sleep(1s);
  if (item % 2 == 0) throw std::invalid_argument(fmt::format("item {} is broken", item));
  co_return fmt::format("item {} done", item);
}
