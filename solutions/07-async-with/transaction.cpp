#include "transaction.hpp"

asio::awaitable<transaction*> transaction::enter()
{
  number_ = co_await bank_->begin();
  co_return this;
}

asio::awaitable<void> transaction::exit(std::exception_ptr error)
{
  if (error)
    co_await bank_->rollback(number_);
  else
    co_await bank_->commit(number_, changes_);
}

asio::awaitable<void> transfer(bank& b, std::string from, std::string to, int amount)
{
  transaction tx(b);  // a variable, not a temporary inside co_await: the chapter's g++ 12 note
  co_await a2a::async_with(std::move(tx), [&](transaction* t) -> asio::awaitable<void> {
    co_await b.check(from, amount);
    if (b.balances[from] < amount) throw insufficient_funds(from + " cannot pay");
    t->add(from, -amount);
    t->add(to, amount);
  });
}
