#include <a2a/a2a.hpp>

#include "testing.hpp"

namespace {

asio::awaitable<int> value_after(std::chrono::milliseconds delay, int value,
                                 std::vector<int>* finished = nullptr)
{
  co_await a2a::sleep(delay);
  if (finished) finished->push_back(value);
  co_return value;
}

asio::awaitable<int> fail_after(std::chrono::milliseconds delay, std::string message)
{
  co_await a2a::sleep(delay);
  throw std::runtime_error(message);
}

}  // namespace

TEST_CASE("gather returns results in input order, not finishing order")
{
  std::vector<int> finished;
  auto main = [&]() -> asio::awaitable<std::vector<int>> {
    std::vector<asio::awaitable<int>> work;
    work.push_back(value_after(3s, 1, &finished));
    work.push_back(value_after(1s, 2, &finished));
    work.push_back(value_after(2s, 3, &finished));
    co_return co_await a2a::gather(std::move(work));
  };
  CHECK(a2a::run(main()) == std::vector<int>{1, 2, 3});
  CHECK(finished == std::vector<int>{2, 3, 1});
}

TEST_CASE("gather of nothing completes at once")
{
  auto main = []() -> asio::awaitable<std::size_t> {
    auto results = co_await a2a::gather(std::vector<asio::awaitable<int>>{});
    co_await a2a::gather(std::vector<asio::awaitable<void>>{});
    co_return results.size();
  };
  CHECK(a2a::run(main()) == 0);
}

TEST_CASE("gather of a fixed set gives a tuple, monostate for void")
{
  auto main = []() -> asio::awaitable<void> {
    auto [a, nothing, b] =
        co_await a2a::gather(value_after(1s, 1), a2a::sleep(2s), value_after(1s, 2));
    CHECK(a == 1);
    CHECK(b == 2);
    CHECK(nothing == std::monostate{});
    CHECK(a2a::elapsed() == 2.0);
  };
  a2a::run(main());
}

TEST_CASE("gather rethrows the first exception after cancelling the others")
{
  std::vector<int> finished;
  auto main = [&]() -> asio::awaitable<void> {
    std::vector<asio::awaitable<int>> work;
    work.push_back(value_after(3s, 1, &finished));
    work.push_back(fail_after(2s, "second"));
    work.push_back(fail_after(1s, "first"));
    work.push_back(value_after(500ms, 4, &finished));
    CHECK_THROWS_WITH(co_await a2a::gather(std::move(work)), "first");
    CHECK(a2a::elapsed() == 1.0);
  };
  a2a::run(main());
  CHECK(finished == std::vector<int>{4});  // 1 was cancelled, 2 never got to throw
}

TEST_CASE("with tasks, a failure leaves the others running: Python's gather behaviour")
{
  std::vector<int> finished;
  auto main = [&]() -> asio::awaitable<void> {
    auto ex = co_await asio::this_coro::executor;
    auto failing = a2a::create_task(ex, fail_after(1s, "boom"));
    auto slow = a2a::create_task(ex, value_after(2s, 7, &finished));
    CHECK_THROWS_WITH(co_await failing.get(), "boom");
    CHECK_FALSE(slow.done());
    auto value = co_await slow.get();
    CHECK(value == 7);
    CHECK(a2a::elapsed() == 2.0);
  };
  a2a::run(main());
  CHECK(finished == std::vector<int>{7});
}

TEST_CASE("cancelling a gather cancels everything in it")
{
  std::vector<int> finished;
  auto main = [&]() -> asio::awaitable<void> {
    using namespace asio::experimental::awaitable_operators;
    std::vector<asio::awaitable<int>> work;
    work.push_back(value_after(1s, 1, &finished));
    work.push_back(value_after(3s, 2, &finished));
    auto outcome = co_await (a2a::gather(std::move(work)) || a2a::sleep(2s));
    CHECK(outcome.index() == 1);
    CHECK(a2a::elapsed() == 2.0);
  };
  a2a::run(main());
  CHECK(finished == std::vector<int>{1});
}
