#include "transaction.hpp"

namespace {

// Takes 200 ms; records "<step> interrupted" if cancelled before the end.
asio::awaitable<void> bank_step(bank& b, std::string step)
{
  try {
    co_await a2a::sleep(200ms);
  } catch (const boost::system::system_error&) {
    b.events.push_back(step + " interrupted");
    throw;
  }
  b.events.push_back(step);
}

}  // namespace

asio::awaitable<int> bank::begin()
{
  if (closed) throw std::runtime_error("bank closed");
  co_await bank_step(*this, "begin");
  co_return ++open_transactions;
}

asio::awaitable<void> bank::commit(int, std::map<std::string, int> changes)
{
  co_await bank_step(*this, "commit");
  for (auto& [account, amount] : changes) balances[account] += amount;
  --open_transactions;
}

asio::awaitable<void> bank::rollback(int)
{
  co_await bank_step(*this, "rollback");
  --open_transactions;
}

asio::awaitable<void> bank::check(std::string, int)
{
  co_await a2a::sleep(1s);
}
