#include <a2a/a2a.hpp>

#include "testing.hpp"

namespace {

asio::awaitable<std::string> job(std::chrono::milliseconds delay, std::string name)
{
  co_await a2a::sleep(delay);
  co_return name;
}

asio::awaitable<std::string> failing_job(std::chrono::milliseconds delay)
{
  co_await a2a::sleep(delay);
  throw std::runtime_error("job failed");
}

std::vector<std::string> names(const std::vector<a2a::Task<std::string>>& tasks)
{
  std::vector<std::string> result;
  for (auto& task : tasks) result.push_back(task.name());
  return result;
}

}  // namespace

TEST_CASE("wait(all_completed) returns when every task is done")
{
  auto main = []() -> asio::awaitable<void> {
    auto ex = co_await asio::this_coro::executor;
    std::vector tasks{a2a::create_task(ex, job(2s, "b"), "b"),
                      a2a::create_task(ex, job(1s, "a"), "a")};
    auto [done, pending] = co_await a2a::wait(tasks);
    CHECK(a2a::elapsed() == 2.0);
    CHECK(names(done) == std::vector<std::string>{"b", "a"});
    CHECK(pending.empty());
  };
  a2a::run(main());
}

TEST_CASE("wait(first_completed) leaves the others running, not cancelled")
{
  auto main = []() -> asio::awaitable<void> {
    auto ex = co_await asio::this_coro::executor;
    std::vector tasks{a2a::create_task(ex, job(3s, "slow"), "slow"),
                      a2a::create_task(ex, job(1s, "fast"), "fast")};
    auto [done, pending] = co_await a2a::wait(tasks, a2a::return_when::first_completed);
    CHECK(a2a::elapsed() == 1.0);
    CHECK(names(done) == std::vector<std::string>{"fast"});
    REQUIRE(names(pending) == std::vector<std::string>{"slow"});
    auto slow = co_await pending[0].get();
    CHECK(slow == "slow");
    CHECK(a2a::elapsed() == 3.0);
  };
  a2a::run(main());
}

TEST_CASE("wait(first_exception) returns at the first failure, not at a cancellation")
{
  auto main = []() -> asio::awaitable<void> {
    auto ex = co_await asio::this_coro::executor;
    auto cancelled = a2a::create_task(ex, job(5s, "cancelled"), "cancelled");
    std::vector tasks{cancelled, a2a::create_task(ex, failing_job(2s), "failing"),
                      a2a::create_task(ex, job(3s, "slow"), "slow")};
    co_await a2a::sleep(1s);
    cancelled.cancel();
    auto [done, pending] = co_await a2a::wait(tasks, a2a::return_when::first_exception);
    CHECK(a2a::elapsed() == 2.0);
    CHECK(names(done) == std::vector<std::string>{"cancelled", "failing"});
    CHECK(names(pending) == std::vector<std::string>{"slow"});
    CHECK_THROWS_WITH(co_await done[1].get(), "job failed");
  };
  a2a::run(main());
}

TEST_CASE("wait() on nothing, or on finished tasks, returns at once")
{
  auto main = []() -> asio::awaitable<void> {
    auto ex = co_await asio::this_coro::executor;
    auto none = co_await a2a::wait(std::vector<a2a::Task<std::string>>{},
                                   a2a::return_when::first_completed);
    CHECK(none.done.empty());
    auto task = a2a::create_task(ex, job(1s, "x"));
    co_await task.get();
    std::vector tasks{task};
    auto again = co_await a2a::wait(tasks, a2a::return_when::first_completed);
    CHECK(again.done.size() == 1);
    CHECK(a2a::elapsed() == 1.0);
  };
  a2a::run(main());
}

TEST_CASE("cancelling a wait() cancels the waiter only, not the tasks")
{
  auto main = []() -> asio::awaitable<void> {
    auto ex = co_await asio::this_coro::executor;
    auto task = a2a::create_task(ex, job(3s, "survivor"));
    std::vector tasks{task};
    auto waiter = a2a::create_task(ex, a2a::wait(tasks));
    co_await a2a::sleep(1s);
    waiter.cancel();
    CHECK_THROWS_AS(co_await waiter.get(), boost::system::system_error);
    CHECK(!task.done());
    auto survivor = co_await task.get();
    CHECK(survivor == "survivor");
  };
  a2a::run(main());
}

TEST_CASE("as_completed hands out each result the moment it arrives")
{
  auto main = []() -> asio::awaitable<void> {
    std::vector<asio::awaitable<std::string>> work;
    work.push_back(job(3s, "three"));
    work.push_back(job(1s, "one"));
    work.push_back(job(2s, "two"));
    a2a::as_completed arrivals(co_await asio::this_coro::executor, std::move(work));
    std::vector<std::pair<std::string, double>> seen;
    while (auto result = co_await arrivals.next()) seen.emplace_back(*result, a2a::elapsed());
    CHECK(seen == std::vector<std::pair<std::string, double>>{
                      {"one", 1.0}, {"two", 2.0}, {"three", 3.0}});
    auto after_the_last = co_await arrivals.next();
    CHECK(!after_the_last);
  };
  a2a::run(main());
}

TEST_CASE("as_completed rethrows a failure in its turn; the rest still arrive")
{
  auto main = []() -> asio::awaitable<void> {
    std::vector<asio::awaitable<std::string>> work;
    work.push_back(job(2s, "late"));
    work.push_back(failing_job(1s));
    a2a::as_completed arrivals(co_await asio::this_coro::executor, std::move(work));
    CHECK_THROWS_WITH(co_await arrivals.next(), "job failed");
    auto late = co_await arrivals.next();
    CHECK(late == "late");
    auto after_the_last = co_await arrivals.next();
    CHECK_FALSE(after_the_last.has_value());
  };
  a2a::run(main());
}

TEST_CASE("as_completed of nothing ends at once; dropping it early cancels the rest")
{
  int finished = 0;
  auto counted = [&](std::chrono::milliseconds delay) -> asio::awaitable<void> {
    co_await a2a::sleep(delay);
    ++finished;
  };
  auto main = [&]() -> asio::awaitable<void> {
    auto ex = co_await asio::this_coro::executor;
    a2a::as_completed<void> nothing(ex, {});
    auto first = co_await nothing.next();
    CHECK(!first);
    {
      std::vector<asio::awaitable<void>> work;
      work.push_back(counted(1s));
      work.push_back(counted(5s));
      a2a::as_completed arrivals(ex, std::move(work));
      co_await arrivals.next();
    }
    co_await a2a::sleep(10s);
  };
  a2a::run(main());
  CHECK(finished == 1);
}
