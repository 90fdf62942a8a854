#include <a2a/a2a.hpp>

#include "testing.hpp"

namespace {

// Holds `s` for `how_long`, recording when it got it.
asio::awaitable<void> use(a2a::semaphore& s, std::string name, std::chrono::milliseconds how_long,
                          std::vector<std::string>& events)
{
  auto held = co_await s.hold();
  events.push_back(fmt::format("{} at {}", name, a2a::elapsed()));
  co_await a2a::sleep(how_long);
}

}  // namespace

TEST_CASE("semaphore: at most N holders; waiters served first come, first served")
{
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<void> {
    a2a::semaphore s(2);
    co_await a2a::gather(use(s, "a", 3s, events), use(s, "b", 1s, events), use(s, "c", 1s, events),
                         use(s, "d", 1s, events));
    CHECK(s.value() == 2);
  };
  a2a::run(main());
  CHECK(events == std::vector<std::string>{"a at 0", "b at 0", "c at 1", "d at 2"});
}

TEST_CASE("semaphore: a waiter cancelled in the queue leaves the count consistent")
{
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<void> {
    a2a::semaphore s(1);
    auto ex = co_await asio::this_coro::executor;
    auto holder = a2a::create_task(ex, use(s, "holder", 2s, events));
    auto cancelled = a2a::create_task(ex, use(s, "cancelled", 1s, events));
    auto next = a2a::create_task(ex, use(s, "next", 1s, events));
    co_await a2a::sleep(1s);
    cancelled.cancel();
    std::vector all{holder, cancelled, next};
    co_await a2a::wait(all);
    CHECK(s.value() == 1);
    CHECK(s.waiters() == 0);
  };
  a2a::run(main());
  CHECK(events == std::vector<std::string>{"holder at 0", "next at 2"});
}

TEST_CASE("bounded_semaphore: releasing more than acquired is an error")
{
  auto main = []() -> asio::awaitable<void> {
    a2a::bounded_semaphore s(1);
    co_await s.acquire();
    s.release();
    CHECK_THROWS_AS(s.release(), std::logic_error);
    a2a::semaphore plain(1);
    plain.release();  // a plain semaphore allows it, as in Python
    CHECK(plain.value() == 2);
  };
  a2a::run(main());
}

TEST_CASE("lock: one holder at a time, handed over in order; unlocking twice is an error")
{
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<void> {
    a2a::lock l;
    auto worker = [&](std::string name) -> asio::awaitable<void> {
      auto held = co_await l.hold();
      events.push_back(fmt::format("{} at {}", name, a2a::elapsed()));
      co_await a2a::sleep(1s);
    };
    co_await a2a::gather(worker("a"), worker("b"), worker("c"));
    CHECK(!l.locked());
    CHECK_THROWS_AS(l.release(), std::logic_error);
  };
  a2a::run(main());
  CHECK(events == std::vector<std::string>{"a at 0", "b at 1", "c at 2"});
}

TEST_CASE("lock: a waiter cancelled in the queue does not get the lock later")
{
  auto main = []() -> asio::awaitable<void> {
    a2a::lock l;
    auto ex = co_await asio::this_coro::executor;
    co_await l.acquire();
    auto waiter = a2a::create_task(ex, l.acquire());
    co_await a2a::sleep(1s);
    waiter.cancel();
    CHECK_THROWS_AS(co_await waiter.get(), boost::system::system_error);
    l.release();
    CHECK(!l.locked());
  };
  a2a::run(main());
}

TEST_CASE("event: wait() returns once set() is called, for every waiter")
{
  std::vector<double> woke;
  auto main = [&]() -> asio::awaitable<void> {
    a2a::event e;
    auto waiter = [&]() -> asio::awaitable<void> {
      co_await e.wait();
      woke.push_back(a2a::elapsed());
    };
    auto ex = co_await asio::this_coro::executor;
    auto a = a2a::create_task(ex, waiter());
    auto b = a2a::create_task(ex, waiter());
    co_await a2a::sleep(2s);
    e.set();
    co_await a2a::gather(a.get(), b.get());
    co_await e.wait();  // already set: returns at once
    e.clear();
    CHECK(!e.is_set());
  };
  a2a::run(main());
  CHECK(woke == std::vector<double>{2.0, 2.0});
}

TEST_CASE("condition: notify wakes one waiter, notify_all the rest; wait_for checks again")
{
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<void> {
    a2a::condition c;
    int stock = 0;
    auto consumer = [&](std::string name) -> asio::awaitable<void> {
      auto held = co_await c.hold();
      co_await c.wait_for([&] { return stock > 0; });
      --stock;
      events.push_back(fmt::format("{} at {}", name, a2a::elapsed()));
    };
    auto ex = co_await asio::this_coro::executor;
    std::vector tasks{a2a::create_task(ex, consumer("a")), a2a::create_task(ex, consumer("b")),
                      a2a::create_task(ex, consumer("c"))};
    co_await a2a::sleep(1s);
    {
      auto held = co_await c.hold();
      stock = 1;
      c.notify();
    }
    co_await a2a::sleep(1s);
    {
      auto held = co_await c.hold();
      stock = 2;
      c.notify_all();
    }
    co_await a2a::wait(tasks);
    CHECK_THROWS_AS(c.notify(), std::logic_error);  // not holding the lock
  };
  a2a::run(main());
  CHECK(events == std::vector<std::string>{"a at 1", "b at 2", "c at 2"});
}

TEST_CASE("condition: a waiter cancelled in wait() holds the lock again when it gets the error")
{
  auto main = []() -> asio::awaitable<void> {
    a2a::condition c;
    bool locked_when_cancelled = false;
    auto waiter = [&]() -> asio::awaitable<void> {
      auto held = co_await c.hold();
      try {
        co_await c.wait();
      } catch (const boost::system::system_error&) {
        locked_when_cancelled = true;
        throw;
      }
    };
    auto task = a2a::create_task(co_await asio::this_coro::executor, waiter());
    co_await a2a::sleep(1s);
    task.cancel();
    CHECK_THROWS_AS(co_await task.get(), boost::system::system_error);
    CHECK(locked_when_cancelled);
    auto held = co_await c.hold();  // released again by the waiter's guard
  };
  a2a::run(main());
}

TEST_CASE("barrier: everyone waits for the last, then all go on; it can be used again")
{
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<void> {
    a2a::barrier b(3);
    auto party = [&](std::string name, std::chrono::milliseconds arrive) -> asio::awaitable<void> {
      for (int round = 1; round <= 2; ++round) {
        co_await a2a::sleep(arrive);
        co_await b.wait();
        events.push_back(fmt::format("{}{} at {}", name, round, a2a::elapsed()));
      }
    };
    co_await a2a::gather(party("a", 1s), party("b", 2s), party("c", 3s));
  };
  a2a::run(main());
  // The last to arrive goes on first, without waiting (as in Python); the others follow.
  CHECK(events == std::vector<std::string>{"c1 at 3", "a1 at 3", "b1 at 3", "c2 at 6", "a2 at 6",
                                           "b2 at 6"});
}

TEST_CASE("barrier: a cancelled waiter is not counted; abort() breaks it for everyone")
{
  auto main = []() -> asio::awaitable<void> {
    a2a::barrier b(2);
    auto ex = co_await asio::this_coro::executor;
    auto cancelled = a2a::create_task(ex, b.wait());
    co_await a2a::sleep(1s);
    cancelled.cancel();
    CHECK_THROWS_AS(co_await cancelled.get(), boost::system::system_error);
    auto waiting = a2a::create_task(ex, b.wait());  // alone: the cancelled one does not count
    co_await a2a::sleep(1s);
    b.abort();
    CHECK_THROWS_AS(co_await waiting.get(), a2a::broken_barrier);
    CHECK_THROWS_AS(co_await b.wait(), a2a::broken_barrier);
  };
  a2a::run(main());
}
