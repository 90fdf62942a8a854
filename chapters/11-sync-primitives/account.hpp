// A bank account whose withdraw() checks the balance, then talks to the bank, then writes
// the new balance: an await between the read and the write. Shared by the race examples
// and their test.
#pragma once
#include <a2a/a2a.hpp>

struct account {
  int balance = 100;
  a2a::lock guard;

  // Without the lock, two withdrawals can both see 100 and both succeed.
  asio::awaitable<bool> withdraw(int amount, bool use_lock)
  {
    a2a::held<a2a::lock> held;
    if (use_lock) held = co_await guard.hold();
    if (balance < amount) co_return false;
    co_await a2a::sleep(100ms);  // ask the bank's fraud check: other coroutines run meanwhile
    balance -= amount;
    co_return true;
  }
};
