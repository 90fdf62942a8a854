// The worker, run as real processes against the pool (pool.cpp, given).
#include "pool.hpp"

#include "testing.hpp"

#include <algorithm>
#include <numeric>

namespace {

std::vector<std::string> numbers(int from, int to)
{
  std::vector<std::string> jobs;
  for (int n = from; n <= to; ++n) jobs.push_back(std::to_string(n));
  return jobs;
}

}  // namespace

TEST_CASE("three workers: every job gets its result, and each worker says how many it did")
{
  auto outcome = run_pool(3, numbers(1, 30));
  REQUIRE(outcome.all_results);
  auto results = outcome.results;
  std::sort(results.begin(), results.end());
  std::vector<std::string> expected;
  for (int n = 1; n <= 30; ++n) expected.push_back(fmt::format("{} {}", n, n * n));
  std::sort(expected.begin(), expected.end());
  CHECK(results == expected);
  CHECK_FALSE(outcome.ended_before_stop);
  CHECK(outcome.exit_codes.size() == 3);
  CHECK(std::accumulate(outcome.exit_codes.begin(), outcome.exit_codes.end(), 0) == 30);
}

TEST_CASE("a job that is not a number gets an error result, and the worker carries on")
{
  auto outcome = run_pool(1, {"4", "four", "5"});
  REQUIRE(outcome.all_results);
  CHECK(outcome.results == std::vector<std::string>{"4 16", "four error: not a number", "5 25"});
  CHECK(outcome.exit_codes == std::vector<int>{3});
}

TEST_CASE("workers told to stop stop, even when no job ever came")
{
  auto outcome = run_pool(2, {});
  CHECK_FALSE(outcome.ended_before_stop);
  CHECK(outcome.exit_codes == std::vector<int>{0, 0});
}
