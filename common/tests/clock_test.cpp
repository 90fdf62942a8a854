#include <a2a/a2a.hpp>

#include "testing.hpp"

#include <thread>

TEST_CASE("story time adds up sleeps in sequence and overlaps them in parallel")
{
  auto main = []() -> asio::awaitable<std::pair<double, double>> {
    co_await a2a::sleep(1s);
    co_await a2a::sleep(500ms);
    double sequential = a2a::elapsed();
    co_await a2a::gather(a2a::sleep(2s), a2a::sleep(1s));
    co_return std::pair(sequential, a2a::elapsed());
  };
  auto [sequential, total] = a2a::run(main());
  CHECK(sequential == 1.5);
  CHECK(total == 3.5);
}

TEST_CASE("each run starts its story at zero")
{
  auto nap = []() -> asio::awaitable<double> {
    co_await a2a::sleep(1s);
    co_return a2a::elapsed();
  };
  CHECK(a2a::run(nap()) == 1.0);
  CHECK(a2a::run(nap()) == 1.0);
}

TEST_CASE("tests run on scaled time")
{
  CHECK(a2a::run([]() -> asio::awaitable<double> { co_return a2a::time_scale(); }()) == 100.0);
}

TEST_CASE("sleepers with the same deadline wake in the order they fell asleep, as in Python")
{
  std::vector<int> woke;
  auto sleeper = [&](int id, std::chrono::milliseconds first, std::chrono::milliseconds second)
      -> asio::awaitable<void> {
    co_await a2a::sleep(first);
    co_await a2a::sleep(second);
    woke.push_back(id);
  };
  auto main = [&]() -> asio::awaitable<void> {
    co_await a2a::gather(sleeper(1, 0ms, 1000ms), sleeper(2, 500ms, 500ms),
                         sleeper(3, 0ms, 1000ms), sleeper(4, 250ms, 750ms));
  };
  a2a::run(main());
  CHECK(woke == std::vector<int>{1, 3, 4, 2});
}

TEST_CASE("a2a::async_sleep takes any completion token, as Asio's own operations do")
{
  auto main = []() -> asio::awaitable<double> {
    co_await a2a::async_sleep(5s, asio::use_awaitable);
    auto [error] = co_await a2a::async_sleep(1s, asio::as_tuple(asio::deferred));
    co_return error ? -1.0 : a2a::elapsed();
  };
  CHECK(a2a::run(main()) == 6.0);
}

TEST_CASE("events keep story order even when the loop wakes up late (a loaded machine)")
{
  std::vector<std::string> events;
  auto fail_at_1s = [&]() -> asio::awaitable<void> {
    co_await a2a::sleep(1s);
    throw std::runtime_error("failed");
  };
  auto finish_at_2s = [&]() -> asio::awaitable<void> {
    co_await a2a::sleep(2s);
    events.push_back(fmt::format("{:.1f} other task finished", a2a::elapsed()));
  };
  auto main = [&]() -> asio::awaitable<void> {
    auto ex = co_await asio::this_coro::executor;
    auto failing = a2a::create_task(ex, fail_at_1s());
    auto other = a2a::create_task(ex, finish_at_2s());
    co_await a2a::sleep(0s);  // both tasks are now sleeping
    // Stall the thread for real, as a busy machine might: every deadline is now overdue.
    std::this_thread::sleep_for(std::chrono::duration<double>(5.0 / a2a::time_scale()));
    try {
      co_await failing.get();
    } catch (const std::runtime_error&) {
      events.push_back(fmt::format("{:.1f} main saw the failure", a2a::elapsed()));
    }
    co_await other.get();
  };
  a2a::run(main());
  CHECK(events == std::vector<std::string>{"1.0 main saw the failure", "2.0 other task finished"});
}

TEST_CASE("a2a::sleep also works on a plain io_context, outside a2a::run")
{
  asio::io_context loop;
  double woke_at = -1;
  auto nap = [&]() -> asio::awaitable<void> {
    double before = a2a::elapsed();
    co_await a2a::sleep(2s);
    woke_at = a2a::elapsed() - before;
  };
  asio::co_spawn(loop, nap(), asio::detached);
  loop.run();
  CHECK(woke_at == 2.0);
}
