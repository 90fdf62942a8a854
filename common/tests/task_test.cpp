#include <a2a/a2a.hpp>

#include "testing.hpp"

namespace {

asio::awaitable<std::string> after(std::chrono::milliseconds delay, std::string value,
                                   std::vector<std::string>& events)
{
  events.push_back(value + " started");
  co_await a2a::sleep(delay);
  events.push_back(value + " finished");
  co_return value;
}

asio::awaitable<int> fail_after(std::chrono::milliseconds delay)
{
  co_await a2a::sleep(delay);
  throw std::runtime_error("task failed");
}

}  // namespace

TEST_CASE("a task starts when its creator next waits, not when it is created")
{
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<void> {
    auto task = a2a::create_task(co_await asio::this_coro::executor, after(1s, "task", events));
    events.push_back("main goes on");
    co_await a2a::sleep(500ms);
    events.push_back("main waits");
    auto value = co_await task.get();
    CHECK(value == "task");
  };
  a2a::run(main());
  CHECK(events ==
        std::vector<std::string>{"main goes on", "task started", "main waits", "task finished"});
}

TEST_CASE("a task can be awaited after it finished, and more than once")
{
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<void> {
    auto task = a2a::create_task(co_await asio::this_coro::executor, after(1s, "x", events));
    co_await a2a::sleep(2s);
    CHECK(task.done());
    auto first = co_await task.get();
    auto second = co_await task.get();
    CHECK(first == "x");
    CHECK(second == "x");
    CHECK(a2a::elapsed() == 2.0);
  };
  a2a::run(main());
}

TEST_CASE("tasks run concurrently: three 2 s tasks take 2 s")
{
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<double> {
    auto ex = co_await asio::this_coro::executor;
    auto a = a2a::create_task(ex, after(2s, "a", events));
    auto b = a2a::create_task(ex, after(2s, "b", events));
    auto c = a2a::create_task(ex, after(2s, "c", events));
    co_await a.get();
    co_await b.get();
    co_await c.get();
    co_return a2a::elapsed();
  };
  CHECK(a2a::run(main()) == 2.0);
}

TEST_CASE("awaiting a failed task rethrows its exception")
{
  auto main = []() -> asio::awaitable<void> {
    auto task = a2a::create_task(co_await asio::this_coro::executor, fail_after(1s));
    CHECK_THROWS_WITH(co_await task.get(), "task failed");
  };
  a2a::run(main());
}

TEST_CASE("a cancelled task stops at its current await and its waiters see the cancellation")
{
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<void> {
    auto task = a2a::create_task(co_await asio::this_coro::executor, after(5s, "slow", events));
    co_await a2a::sleep(1s);
    task.cancel();
    std::exception_ptr error;
    try {
      co_await task.get();
    } catch (...) {
      error = std::current_exception();
    }
    CHECK(a2a::is_cancellation(error));
    CHECK(task.done());
  };
  a2a::run(main());
  CHECK(events == std::vector<std::string>{"slow started"});
}

TEST_CASE("a task cancelled before it starts never runs")
{
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<void> {
    auto task = a2a::create_task(co_await asio::this_coro::executor, after(1s, "never", events));
    task.cancel();
    CHECK_THROWS_AS(co_await task.get(), boost::system::system_error);
  };
  a2a::run(main());
  CHECK(events.empty());
}

TEST_CASE("cancelling a waiter cancels the task it waits for, as in Python")
{
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<void> {
    using namespace asio::experimental::awaitable_operators;
    auto task = a2a::create_task(co_await asio::this_coro::executor, after(5s, "slow", events));
    auto winner = co_await (task.get() || a2a::sleep(1s));
    CHECK(winner.index() == 1);
    CHECK(task.done());
    CHECK(a2a::elapsed() == 1.0);
  };
  a2a::run(main());
  CHECK(events == std::vector<std::string>{"slow started"});
}

TEST_CASE("tasks have names: given, or Task-N counting the unnamed ones")
{
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<void> {
    auto ex = co_await asio::this_coro::executor;
    auto named = a2a::create_task(ex, after(1s, "a", events), "downloader");
    auto unnamed = a2a::create_task(ex, after(1s, "b", events));
    CHECK(named.name() == "downloader");
    CHECK(unnamed.name() == "Task-1");
    co_await named.get();
    co_await unnamed.get();
  };
  a2a::run(main());
}
