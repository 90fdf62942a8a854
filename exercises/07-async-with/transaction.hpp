// Exercise 07: a bank transaction as an async context manager. Write transaction::exit()
// and transfer() in transaction.cpp; the bank (bank.cpp) is given.
#pragma once
#include <a2a/a2a.hpp>

#include <map>

struct insufficient_funds : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A pretend bank. It records what happened and counts the transactions still open.
struct bank {
  std::map<std::string, int> balances;
  bool closed = false;  // begin() throws std::runtime_error("bank closed")

  int open_transactions = 0;
  std::vector<std::string> events;  // "begin", "commit", "rollback", "... interrupted"

  // Each takes 200 ms and counts as done only if it runs to its end.
  asio::awaitable<int> begin();  // returns the transaction's number
  asio::awaitable<void> commit(int transaction, std::map<std::string, int> changes);
  asio::awaitable<void> rollback(int transaction);

  // The fraud check a transfer waits for: takes 1 s.
  asio::awaitable<void> check(std::string account, int amount);
};

// One transaction, for a2a::async_with: enter() begins it and hands the body the
// transaction itself; the body records changes with add(); exit() commits them if the body
// succeeded, and rolls back if it threw or was cancelled. exit() runs to its end even when
// a cancellation arrives meanwhile.
class transaction {
 public:
  explicit transaction(bank& b) : bank_(&b) {}

  asio::awaitable<transaction*> enter();
  asio::awaitable<void> exit(std::exception_ptr error);

  void add(const std::string& account, int amount) { changes_[account] += amount; }

 private:
  bank* bank_;
  int number_ = 0;
  std::map<std::string, int> changes_;
};

// Moves `amount` from one account to another in one transaction: check the sender, then
// throw insufficient_funds if their balance is too low, else record both changes. Nothing
// is applied unless the whole transfer succeeds.
asio::awaitable<void> transfer(bank& b, std::string from, std::string to, int amount);
