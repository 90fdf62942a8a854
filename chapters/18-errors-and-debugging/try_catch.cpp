// try/except around an await: what a coroutine throws comes out of the co_await that awaits it.
#include <a2a/a2a.hpp>

#include "risky.hpp"

asio::awaitable<void> async_main()
{
  for (int item : {1, 2}) {
    try {
      auto result = co_await risky_operation(item);
      a2a::log("{}", result);
    } catch (const std::invalid_argument& e) {
      a2a::log("caught: {}", e.what());
    }
  }
}

int main()
{
  a2a::run(async_main());
}
