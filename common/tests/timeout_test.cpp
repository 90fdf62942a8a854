#include <a2a/a2a.hpp>

#include "testing.hpp"

namespace {

asio::awaitable<int> answer_after(std::chrono::milliseconds delay, std::vector<std::string>& events)
{
  try {
    co_await a2a::sleep(delay);
  } catch (const boost::system::system_error&) {
    events.push_back(fmt::format("cancelled at {}", a2a::elapsed()));
    throw;
  }
  co_return 42;
}

}  // namespace

TEST_CASE("wait_for returns the value of work that finishes in time")
{
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<void> {
    auto answer = co_await a2a::wait_for(answer_after(1s, events), 2s);
    CHECK(answer == 42);
    CHECK(a2a::elapsed() == 1.0);
  };
  a2a::run(main());
  CHECK(events.empty());
}

TEST_CASE("wait_for cancels slow work, then throws timeout_error")
{
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<void> {
    CHECK_THROWS_AS(co_await a2a::wait_for(answer_after(5s, events), 2s), a2a::timeout_error);
    CHECK(a2a::elapsed() == 2.0);
  };
  a2a::run(main());
  CHECK(events == std::vector<std::string>{"cancelled at 2"});
}

TEST_CASE("work that finishes exactly at the deadline is in time")
{
  std::vector<std::string> events;
  auto two_steps = [&]() -> asio::awaitable<int> {
    co_await a2a::sleep(1s);
    co_await a2a::sleep(1s);
    co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable);
    co_return 7;
  };
  auto main = [&]() -> asio::awaitable<void> {
    auto answer = co_await a2a::wait_for(answer_after(2s, events), 2s);
    auto seven = co_await a2a::wait_for(two_steps(), 2s);
    CHECK(answer == 42);
    CHECK(seven == 7);
    CHECK(a2a::elapsed() == 4.0);
  };
  a2a::run(main());
}

TEST_CASE("wait_for passes an early exception on at once, unlike ||")
{
  auto failing = []() -> asio::awaitable<void> {
    co_await a2a::sleep(1s);
    throw std::runtime_error("broken");
  };
  auto main = [&]() -> asio::awaitable<void> {
    CHECK_THROWS_WITH(co_await a2a::wait_for(failing(), 5s), "broken");
    CHECK(a2a::elapsed() == 1.0);

    using namespace asio::experimental::awaitable_operators;
    auto winner = co_await (failing() || a2a::sleep(5s));
    CHECK(winner.index() == 1);  // || waited for the first success: the sleep
    CHECK(a2a::elapsed() == 6.0);
  };
  a2a::run(main());
}

TEST_CASE("wait_for waits for the cancelled work's clean-up before it throws")
{
  std::vector<std::string> events;
  auto with_cleanup = [&]() -> asio::awaitable<void> {
    std::exception_ptr failure;
    try {
      co_await a2a::sleep(5s);
    } catch (...) {
      failure = std::current_exception();
    }
    co_await asio::this_coro::reset_cancellation_state();
    co_await a2a::sleep(1s);
    events.push_back(fmt::format("cleaned up at {}", a2a::elapsed()));
    if (failure) std::rethrow_exception(failure);
  };
  auto main = [&]() -> asio::awaitable<void> {
    CHECK_THROWS_AS(co_await a2a::wait_for(with_cleanup(), 2s), a2a::timeout_error);
    CHECK(a2a::elapsed() == 3.0);
  };
  a2a::run(main());
  CHECK(events == std::vector<std::string>{"cleaned up at 3"});
}

TEST_CASE("a cancellation during try_finally's clean-up lets it finish, then takes effect")
{
  std::vector<std::string> events;
  auto worker = [&]() -> asio::awaitable<void> {
    co_await a2a::sleep(1s);
    co_await a2a::try_finally(a2a::sleep(0s), a2a::sleep(2s));
    events.push_back(fmt::format("cleaned up at {}", a2a::elapsed()));
    co_await a2a::sleep(1s);
    events.push_back("went on after the cancellation");
  };
  auto main = [&]() -> asio::awaitable<void> {
    CHECK_THROWS_AS(co_await a2a::wait_for(worker(), 2s), a2a::timeout_error);
    CHECK(a2a::elapsed() == 3.0);
  };
  a2a::run(main());
  CHECK(events == std::vector<std::string>{"cleaned up at 3"});
}

TEST_CASE("cancelling the waiter of wait_for is a cancellation, not a timeout")
{
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<void> {
    auto ex = co_await asio::this_coro::executor;
    auto waiter = a2a::create_task(ex, a2a::wait_for(answer_after(5s, events), 3s));
    co_await a2a::sleep(1s);
    waiter.cancel();
    try {
      co_await waiter.get();
      FAIL("wait_for finished");
    } catch (const a2a::timeout_error&) {
      FAIL("a cancellation was reported as a timeout");
    } catch (const boost::system::system_error& e) {
      CHECK(e.code() == asio::error::operation_aborted);
    }
  };
  a2a::run(main());
  CHECK(events == std::vector<std::string>{"cancelled at 1"});
}
