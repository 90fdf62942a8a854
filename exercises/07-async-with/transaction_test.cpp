#include "transaction.hpp"

#include "testing.hpp"

#include <functional>

namespace {

using events = std::vector<std::string>;
using balances = std::map<std::string, int>;

bank example_bank()
{
  bank b;
  b.balances = {{"alice", 100}, {"bob", 20}};
  return b;
}

// Runs a transfer as a task, cancelling it after `cancel_after` if that is given.
void transfer_in_task(bank& b, std::string from, std::string to, int amount,
                      std::optional<std::chrono::milliseconds> cancel_after = {})
{
  auto main = [&]() -> asio::awaitable<void> {
    auto task = a2a::create_task(co_await asio::this_coro::executor, transfer(b, from, to, amount));
    if (cancel_after) {
      co_await a2a::sleep(*cancel_after);
      task.cancel();
    }
    co_await task.get();
  };
  a2a::run(main());
}

// True if `run` ends with the exception a cancellation ends with.
bool ends_cancelled(const std::function<void()>& run)
{
  try {
    run();
  } catch (const boost::system::system_error& e) {
    return e.code() == asio::error::operation_aborted;
  }
  return false;
}

}  // namespace

TEST_CASE("a transfer that succeeds is committed")
{
  auto b = example_bank();
  transfer_in_task(b, "alice", "bob", 30);
  CHECK(b.balances == balances{{"alice", 70}, {"bob", 50}});
  CHECK(b.events == events{"begin", "commit"});
  CHECK(b.open_transactions == 0);
  CHECK(a2a::elapsed() == 1.4);
}

TEST_CASE("an exception from the body rolls back, then comes out")
{
  auto b = example_bank();
  CHECK_THROWS_AS(transfer_in_task(b, "bob", "alice", 50), insufficient_funds);
  CHECK(b.balances == balances{{"alice", 100}, {"bob", 20}});
  CHECK(b.events == events{"begin", "rollback"});
  CHECK(b.open_transactions == 0);
}

TEST_CASE("exit() is told about the exception: exit(error) rolls back")
{
  auto main = []() -> asio::awaitable<std::vector<std::string>> {
    auto b = example_bank();
    transaction tx(b);
    auto* t = co_await tx.enter();
    t->add("alice", -1000);
    co_await tx.exit(std::make_exception_ptr(std::runtime_error("body failed")));
    CHECK(b.balances.at("alice") == 100);
    co_return b.events;
  };
  CHECK(a2a::run(main()) == events{"begin", "rollback"});
}

TEST_CASE("a cancellation during the body rolls back, then comes out")
{
  auto b = example_bank();
  CHECK(ends_cancelled([&] { transfer_in_task(b, "alice", "bob", 30, 500ms); }));
  CHECK(b.balances == balances{{"alice", 100}, {"bob", 20}});
  CHECK(b.events == events{"begin", "rollback"});
  CHECK(b.open_transactions == 0);
}

TEST_CASE("a cancellation during the commit does not interrupt it")
{
  auto b = example_bank();
  try {
    transfer_in_task(b, "alice", "bob", 30, 1300ms);  // the commit runs from 1.2 s to 1.4 s
  } catch (const boost::system::system_error& e) {
    CHECK(e.code() == asio::error::operation_aborted);
  }
  CHECK(b.events == events{"begin", "commit"});
  CHECK(b.balances == balances{{"alice", 70}, {"bob", 50}});
  CHECK(b.open_transactions == 0);
}

TEST_CASE("when begin() fails there is nothing to commit or roll back")
{
  auto b = example_bank();
  b.closed = true;
  CHECK_THROWS_WITH(transfer_in_task(b, "alice", "bob", 30), "bank closed");
  CHECK(b.events.empty());
  CHECK(b.open_transactions == 0);
}
