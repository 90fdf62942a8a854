// One thread, no threads racing, and still a race: two withdrawals of 70 from 100. Each
// checks the balance, then awaits; while it waits, the other checks the same old balance.
#include "account.hpp"

asio::awaitable<void> async_main()
{
  account shared;
  auto [first, second] = co_await a2a::gather(shared.withdraw(70, false), shared.withdraw(70, false));
  a2a::log("withdrawals: {} and {}; balance {}", first, second, shared.balance);
}

int main()
{
  a2a::run(async_main());
}
