// gather() on the toy loop, with real coroutines.
#include "gather.hpp"

#include "testing.hpp"

#include <algorithm>

using namespace std::chrono_literals;

namespace {

struct concurrency {
  int now = 0, most = 0;
};

toy::task<int> square_later(int n, std::chrono::milliseconds delay, concurrency& running)
{
  running.most = std::max(running.most, ++running.now);
  co_await toy::sleep_for{delay};
  --running.now;
  co_return n * n;
}

toy::task<int> fail_later(std::chrono::milliseconds delay, std::string why)
{
  co_await toy::sleep_for{delay};
  throw std::runtime_error(why);
}

toy::task<int> count_down(int n)
{
  if (n == 0) co_return 0;
  co_return 1 + co_await count_down(n - 1);
}

}  // namespace

TEST_CASE("values in the order of the tasks, not of their ends")
{
  concurrency running;
  std::vector<toy::task<int>> tasks;
  tasks.push_back(square_later(1, 30ms, running));
  tasks.push_back(square_later(2, 10ms, running));
  tasks.push_back(square_later(3, 20ms, running));
  toy::loop loop;
  CHECK(loop.run(gather(std::move(tasks))) == std::vector<int>{1, 4, 9});
}

TEST_CASE("the tasks run at the same time")
{
  concurrency running;
  std::vector<toy::task<int>> tasks;
  for (int i = 0; i < 5; ++i) tasks.push_back(square_later(i, 10ms, running));
  toy::loop loop;
  loop.run(gather(std::move(tasks)));
  CHECK(running.most == 5);
}

TEST_CASE("5,000 tasks, each a chain of 200 awaits")
{
  std::vector<toy::task<int>> tasks;
  for (int i = 0; i < 5'000; ++i) tasks.push_back(count_down(200));
  toy::loop loop;
  auto values = loop.run(gather(std::move(tasks)));
  CHECK(values.size() == 5'000);
  CHECK(std::count(values.begin(), values.end(), 200) == 5'000);
}

TEST_CASE("a failure: every task still runs to its end, then the first failure is thrown")
{
  concurrency running;
  std::vector<toy::task<int>> tasks;
  tasks.push_back(square_later(1, 30ms, running));
  tasks.push_back(fail_later(10ms, "second"));
  tasks.push_back(fail_later(5ms, "third"));
  tasks.push_back(square_later(4, 20ms, running));
  toy::loop loop;
  std::string thrown;
  try {
    loop.run(gather(std::move(tasks)));
  } catch (const std::runtime_error& e) {
    thrown = e.what();
  }
  CHECK(thrown == "second");
  CHECK(running.now == 0);  // both squares ended
  CHECK(running.most == 2);
}

TEST_CASE("no tasks: an empty vector, at once")
{
  toy::loop loop;
  CHECK(loop.run(gather({})).empty());
}
