#include <a2a/a2a.hpp>

#include "testing.hpp"

TEST_CASE("run returns the coroutine's value")
{
  auto answer = []() -> asio::awaitable<int> { co_return 42; };
  CHECK(a2a::run(answer()) == 42);
}

TEST_CASE("run rethrows the coroutine's exception")
{
  auto fail = []() -> asio::awaitable<void> {
    co_await a2a::sleep(1s);
    throw std::runtime_error("boom");
  };
  CHECK_THROWS_WITH(a2a::run(fail()), "boom");
}

TEST_CASE("run works for values that cannot be default-constructed")
{
  struct no_default {
    explicit no_default(int v) : value(v) {}
    int value;
  };
  auto make = []() -> asio::awaitable<no_default> { co_return no_default(7); };
  CHECK(a2a::run(make()).value == 7);
}

TEST_CASE("a coroutine does nothing until it is awaited or run")
{
  bool started = false;
  auto work = [&]() -> asio::awaitable<void> {
    started = true;
    co_return;
  };
  auto coroutine = work();
  CHECK_FALSE(started);
  a2a::run(std::move(coroutine));
  CHECK(started);
}

TEST_CASE("run cancels the tasks main left running, and waits for them to stop")
{
  std::vector<std::string> events;
  auto background = [&]() -> asio::awaitable<void> {
    try {
      co_await a2a::sleep(10s);
      events.push_back("finished");
    } catch (const boost::system::system_error&) {
      events.push_back("cancelled at " + fmt::format("{:.1f}", a2a::elapsed()));
      throw;
    }
  };
  auto main = [&]() -> asio::awaitable<void> {
    a2a::create_task(co_await asio::this_coro::executor, background());
    co_await a2a::sleep(1s);
  };
  a2a::run(main());
  CHECK(events == std::vector<std::string>{"cancelled at 1.0"});
}
