#include <a2a/a2a.hpp>

#include "testing.hpp"

namespace {

using reports = std::vector<std::pair<std::string, std::string>>;

reports listed()
{
  reports result;
  for (auto& task : a2a::all_tasks()) result.emplace_back(task.name, task.doing);
  return result;
}

}  // namespace

TEST_CASE("all_tasks lists the unfinished tasks, oldest first, with their names")
{
  auto main = []() -> asio::awaitable<reports> {
    auto executor = co_await asio::this_coro::executor;
    auto quick = a2a::create_task(executor, a2a::sleep(1s), "quick");
    auto slow = a2a::create_task(executor, a2a::sleep(3s));
    co_await a2a::sleep(2s);
    co_return listed();
  };
  auto seen = a2a::run(main());
  CHECK(seen == reports{{"Task-1", "waiting (A2A_DEBUG=1 shows on what)"}});
  CHECK(a2a::all_tasks().empty());  // outside run()
}

TEST_CASE("a task not started yet is listed as such")
{
  auto main = []() -> asio::awaitable<reports> {
    auto task = a2a::create_task(co_await asio::this_coro::executor, a2a::sleep(1s), "later");
    auto before = listed();
    task.cancel();
    co_return before;
  };
  CHECK(a2a::run(main()) == reports{{"later", "not started yet"}});
}

TEST_CASE("in debug mode each wait is listed for as long as it lasts, several at once too")
{
  auto main = []() -> asio::awaitable<std::vector<reports>> {
    using namespace asio::experimental::awaitable_operators;
    auto executor = co_await asio::this_coro::executor;
    a2a::queue<int> jobs;
    a2a::event go;
    auto both = a2a::create_task(executor, (a2a::sleep(1s) && go.wait()), "both");
    auto taker = a2a::create_task(executor, jobs.get(), "taker");
    std::vector<reports> seen;
    co_await a2a::sleep(500ms);
    seen.push_back(listed());
    co_await a2a::sleep(1s);  // the sleep is over, the event still awaited
    seen.push_back(listed());
    go.set();
    jobs.put_nowait(7);
    co_await both.get();
    co_await taker.get();
    seen.push_back(listed());
    co_return seen;
  };
  auto seen = a2a::run(main(), a2a::debug_options{});
  REQUIRE(seen.size() == 3);
  CHECK(seen[0] == reports{{"main", "running (this list)"},
                           {"both", "waits on sleep(1s) and event.wait"},
                           {"taker", "waits on queue.get (the queue is empty)"}});
  CHECK(seen[1][1] == std::pair<std::string, std::string>{"both", "waits on event.wait"});
  CHECK(seen[2] == reports{{"main", "running (this list)"}});
}

TEST_CASE("debug mode counts the steps that held the loop longer than slow_step")
{
  auto main = []() -> asio::awaitable<int> {
    auto executor = co_await asio::this_coro::executor;
    auto blocking = a2a::create_task(executor, []() -> asio::awaitable<void> {
      a2a::blocking_sleep(300ms);
      co_await a2a::sleep(1s);
      a2a::blocking_sleep(300ms);
    }());
    co_await blocking.get();
    co_await a2a::sleep(1s);  // a step that waits is not a slow step
    co_return a2a::slow_steps();
  };
  CHECK(a2a::run(main(), a2a::debug_options{.slow_step = 100ms}) == 2);
  CHECK(a2a::run(main()) == 0);  // debug mode off: nothing is measured
}

TEST_CASE("a run() inside a running run() throws instead of blocking the outer loop")
{
  auto inner = []() -> asio::awaitable<int> { co_return 1; };
  auto outer = [&]() -> asio::awaitable<std::string> {
    try {
      a2a::run(inner());
    } catch (const std::logic_error& e) {
      co_return e.what();
    }
    co_return "no error";
  };
  auto message = a2a::run(outer());
  CHECK(message.find("cannot be called from a running event loop") != std::string::npos);
  CHECK(a2a::run(inner()) == 1);  // and the next run() on this thread works
}
