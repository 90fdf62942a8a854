// asyncio.Lock: the check and the write happen under the lock, with the await in between.
// The second withdrawal waits for the first, sees 30, and is refused.
#include "account.hpp"

asio::awaitable<void> async_main()
{
  account shared;
  auto [first, second] = co_await a2a::gather(shared.withdraw(70, true), shared.withdraw(70, true));
  a2a::log("withdrawals: {} and {}; balance {}", first, second, shared.balance);
}

int main()
{
  a2a::run(async_main());
}
