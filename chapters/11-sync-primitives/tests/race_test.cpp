#include "../account.hpp"

#include "testing.hpp"

namespace {

// Two concurrent withdrawals of 70 from 100; returns the balance afterwards.
int two_withdrawals(bool use_lock)
{
  account shared;
  auto main = [&]() -> asio::awaitable<void> {
    co_await a2a::gather(shared.withdraw(70, use_lock), shared.withdraw(70, use_lock));
  };
  a2a::run(main());
  return shared.balance;
}

}  // namespace

TEST_CASE("without the lock, a race across the await overdraws the account")
{
  CHECK(two_withdrawals(false) == -40);  // both saw 100: the bug this chapter is about
}

TEST_CASE("with the lock, the second withdrawal sees the first one's result")
{
  CHECK(two_withdrawals(true) == 30);
}
