// "Many small tasks at once burden the loop: batch them or limit them with a semaphore"
// (S910). 1,000 jobs of 1 to 5 ms, four ways, a limit of 100: how long in story time, how
// many at work at most, how many in memory at most.
#include "small_jobs.hpp"

asio::awaitable<void> async_main()
{
  fmt::print("{:<24} {:>9} {:>13} {:>15}\n", "1000 jobs, limit 100", "story ms", "most at work", "most in memory");
  for (auto [name, way] : jobs_ways) {
    job_counter count;
    double start = a2a::elapsed();
    co_await way(1000, 100, count);
    fmt::print("{:<24} {:>9.0f} {:>13} {:>15}\n", name, (a2a::elapsed() - start) * 1000, count.most_working,
               count.most_in_memory);
  }
}

int main()
{
  a2a::run(async_main());
}
