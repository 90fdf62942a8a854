#include "box_office.hpp"

#include "testing.hpp"

namespace {

using names = std::vector<std::string>;

// Sends `buyers` (name, seats) at once, a millisecond apart; returns who got seats.
names rush(box_office& office, payments& bank, std::vector<std::pair<std::string, int>> buyers)
{
  names got;
  auto buyer = [&](std::string name, int seats, int place) -> asio::awaitable<void> {
    co_await a2a::sleep(std::chrono::milliseconds(place));
    try {
      if (co_await office.buy(bank, name, seats)) got.push_back(name);
    } catch (const payment_declined&) {
    }
  };
  auto main = [&]() -> asio::awaitable<void> {
    std::vector<asio::awaitable<void>> all;
    for (std::size_t i = 0; i < buyers.size(); ++i)
      all.push_back(buyer(buyers[i].first, buyers[i].second, static_cast<int>(i)));
    co_await a2a::gather(std::move(all));
  };
  a2a::run(main());
  return got;
}

}  // namespace

TEST_CASE("box office: never sells more seats than there are")
{
  box_office office;
  office.seats_left = 3;
  payments bank;
  auto got = rush(office, bank, {{"ann", 2}, {"bob", 2}, {"cid", 1}});
  CHECK(got == names{"ann", "cid"});
  CHECK(office.seats_left == 0);
}

TEST_CASE("box office: buyers are served in the order they came")
{
  box_office office;
  office.seats_left = 10;
  payments bank;
  rush(office, bank, {{"ann", 1}, {"bob", 1}, {"cid", 1}, {"dee", 1}});
  CHECK(office.sold == names{"ann", "bob", "cid", "dee"});
  CHECK(a2a::elapsed() == 4.0);  // one after another: 1 s each
}

TEST_CASE("box office: a declined payment takes no seats, and the next buyer goes on")
{
  box_office office;
  office.seats_left = 2;
  payments bank;
  bank.declined = {"bob"};
  auto got = rush(office, bank, {{"bob", 2}, {"cid", 2}});
  CHECK(got == names{"cid"});
  CHECK(office.seats_left == 0);
  CHECK(!office.counter.locked());
}

TEST_CASE("box office: a buyer cancelled while queued takes nothing, and nothing gets stuck")
{
  box_office office;
  office.seats_left = 2;
  payments bank;
  auto main = [&]() -> asio::awaitable<void> {
    auto ex = co_await asio::this_coro::executor;
    auto ann = a2a::create_task(ex, office.buy(bank, "ann", 1));
    auto bob = a2a::create_task(ex, office.buy(bank, "bob", 1));
    auto cid = a2a::create_task(ex, office.buy(bank, "cid", 1));
    co_await a2a::sleep(500ms);
    bob.cancel();
    auto ann_got = co_await ann.get();
    auto cid_got = co_await cid.get();
    CHECK(ann_got);
    CHECK(cid_got);
    CHECK_THROWS_AS(co_await bob.get(), boost::system::system_error);
  };
  a2a::run(main());
  CHECK(office.sold == names{"ann", "cid"});
  CHECK(!office.counter.locked());
}

TEST_CASE("latch: wait() returns when the count reaches zero, for every waiter")
{
  std::vector<double> released;
  auto main = [&]() -> asio::awaitable<void> {
    latch done(3);
    auto waiter = [&]() -> asio::awaitable<void> {
      co_await done.wait();
      released.push_back(a2a::elapsed());
    };
    auto counter = [&]() -> asio::awaitable<void> {
      for (int i = 0; i < 3; ++i) {
        co_await a2a::sleep(1s);
        done.count_down();
      }
    };
    co_await a2a::gather(waiter(), waiter(), counter());
    CHECK(done.count() == 0);
    CHECK_THROWS_AS(done.count_down(), std::logic_error);
  };
  a2a::run(main());
  CHECK(released == std::vector<double>{3.0, 3.0});
}

TEST_CASE("latch: a count of zero does not wait; a cancelled waiter does not spoil the rest")
{
  auto main = []() -> asio::awaitable<void> {
    latch open(0);
    co_await open.wait();
    CHECK(a2a::elapsed() == 0.0);

    latch done(1);
    auto ex = co_await asio::this_coro::executor;
    auto quitter = a2a::create_task(ex, done.wait());
    auto stayer = a2a::create_task(ex, done.wait());
    co_await a2a::sleep(1s);
    quitter.cancel();
    CHECK_THROWS_AS(co_await quitter.get(), boost::system::system_error);
    done.count_down();
    co_await stayer.get();
    CHECK(a2a::elapsed() == 1.0);
  };
  a2a::run(main());
}
