#include "countdown.hpp"

#include "testing.hpp"

using lines = std::vector<std::string>;

TEST_CASE("countdown(3) logs 3, 2, 1 a second apart, then lifts off")
{
  a2a::output_capture output;
  run_countdown(3);
  CHECK(output.lines() == lines{"[0.00s] 3", "[1.00s] 2", "[2.00s] 1", "[3.00s] liftoff!"});
}

TEST_CASE("run_countdown returns how many numbers were counted")
{
  a2a::output_capture output;
  CHECK(run_countdown(3) == 3);
  CHECK(run_countdown(1) == 1);
}

TEST_CASE("a countdown from 5 takes 5 seconds of story time")
{
  a2a::output_capture output;
  run_countdown(5);
  CHECK(a2a::elapsed() == 5.0);
}

TEST_CASE("countdown(0) lifts off at once")
{
  a2a::output_capture output;
  CHECK(run_countdown(0) == 0);
  CHECK(output.lines() == lines{"[0.00s] liftoff!"});
  CHECK(a2a::elapsed() == 0.0);
}

TEST_CASE("a negative start is an error that comes out of run, and nothing is logged")
{
  a2a::output_capture output;
  CHECK_THROWS_AS(run_countdown(-1), std::invalid_argument);
  CHECK(output.lines().empty());
}

TEST_CASE("calling countdown() without running it does nothing")
{
  a2a::output_capture output;
  auto coroutine = countdown(3);
  CHECK(output.lines().empty());
}

TEST_CASE("countdown can be awaited from another coroutine")
{
  a2a::output_capture output;
  auto twice = []() -> asio::awaitable<int> {
    int first = co_await countdown(2);
    int second = co_await countdown(1);
    co_return first + second;
  };
  CHECK(a2a::run(twice()) == 3);
  CHECK(a2a::elapsed() == 3.0);
}
