#include "transaction.hpp"

asio::awaitable<transaction*> transaction::enter()
{
  number_ = co_await bank_->begin();
  co_return this;
}

asio::awaitable<void> transaction::exit(std::exception_ptr error)
{
  // TODO: this always commits. Commit only when the body succeeded (no error); otherwise
  // roll back.
  co_await bank_->commit(number_, changes_);
}

asio::awaitable<void> transfer(bank& b, std::string from, std::string to, int amount)
{
  // TODO: an exception or a cancellation here skips the exit(): the transaction stays
  // open. Use a2a::async_with so that exit() always runs.
  transaction tx(b);
  auto* t = co_await tx.enter();
  co_await b.check(from, amount);
  if (b.balances[from] < amount) throw insufficient_funds(from + " cannot pay");
  t->add(from, -amount);
  t->add(to, amount);
  co_await tx.exit(nullptr);
}
