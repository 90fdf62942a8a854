#include <a2a/a2a.hpp>

#include "testing.hpp"

#include <thread>

TEST_CASE("to_thread runs the function on another thread; the value comes back to the loop's")
{
  auto main = []() -> asio::awaitable<void> {
    auto loop_thread = std::this_thread::get_id();
    auto worker_thread = co_await a2a::to_thread([] { return std::this_thread::get_id(); });
    CHECK(worker_thread != loop_thread);
    CHECK(std::this_thread::get_id() == loop_thread);
    auto sum = co_await a2a::to_thread([](int a, int b) { return a + b; }, 2, 3);
    CHECK(sum == 5);
  };
  a2a::run(main());
}

TEST_CASE("an exception thrown on the pool comes out of the co_await, on the loop's thread")
{
  auto main = []() -> asio::awaitable<void> {
    auto loop_thread = std::this_thread::get_id();
    try {
      co_await a2a::to_thread([]() -> int { throw std::runtime_error("disk on fire"); });
      FAIL("no exception");
    } catch (const std::runtime_error& e) {
      CHECK(std::string(e.what()) == "disk on fire");
      CHECK(std::this_thread::get_id() == loop_thread);
    }
  };
  a2a::run(main());
}

TEST_CASE("blocking work on two threads overlaps: two 1 s sleeps take 1 s of story time")
{
  auto main = []() -> asio::awaitable<double> {
    a2a::thread_pool pool(2);
    auto nap = [] { a2a::blocking_sleep(1s); };
    co_await a2a::gather(pool.run(nap), pool.run(nap));
    co_return a2a::elapsed();
  };
  CHECK(a2a::run(main()) == 1.0);
}

TEST_CASE("shutdown(cancel_pending): running work finishes, work not started fails, new work fails")
{
  auto main = []() -> asio::awaitable<void> {
    a2a::thread_pool pool(1);
    std::atomic<bool> release{false};
    std::atomic<bool> started{false};
    auto first = [&] {
      started = true;
      while (!release) std::this_thread::yield();
      return 1;
    };
    auto ex = co_await asio::this_coro::executor;
    auto running = a2a::create_task(ex, pool.run(first));
    auto pending = a2a::create_task(ex, pool.run([] { return 2; }));
    while (!started) co_await asio::post(ex, asio::use_awaitable);

    auto stopping = a2a::create_task(ex, pool.shutdown(true));
    co_await asio::post(ex, asio::use_awaitable);
    CHECK_THROWS_AS(co_await pool.run([] { return 3; }), a2a::pool_shut_down);
    release = true;
    co_await stopping.get();
    CHECK(pool.in_flight() == 0);
    auto value = co_await running.get();
    CHECK(value == 1);
    CHECK_THROWS_AS(co_await pending.get(), a2a::pool_shut_down);
  };
  a2a::run(main());
}
