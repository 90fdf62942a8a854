// The source's advice on performance (S910), measured in real time. Many small I/O jobs, the
// four ways of limit_or_batch (lib/small_jobs.cpp). CPU-bound jobs: on the loop, or on pools
// of 1 to 8 threads. Python beside (limits_and_pools.py, when a python3 is there), where
// threads cannot share the CPU work and processes can. Run it optimised:
// ./tutorial bench 19 limits_and_pools
// limits_and_pools [JOBS [CPU_JOBS [STEPS]]]   (default 20000, 8 and 200000000 steps a job;
// Python's jobs do a hundredth of the steps: it is that much slower at such a loop)
// smoke-test arguments: 2000 2 1000000
#include <benchmark.hpp>

#include "small_jobs.hpp"

#include <bit>
#include <sstream>

namespace {

using clock_type = std::chrono::steady_clock;
constexpr int limit = 100;  // the semaphore's value, the batch size and the number of workers

// CPU work with nothing to wait for: a xorshift generator stepped `steps` times.
std::uint64_t busy_work(std::uint64_t steps)
{
  std::uint64_t x = 88172645463325252ull;
  for (std::uint64_t i = 0; i < steps; ++i) x ^= x << 13, x ^= x >> 7, x ^= x << 17;
  return x;
}

asio::awaitable<std::uint64_t> busy_coroutine(std::uint64_t steps)
{
  co_return busy_work(steps);
}

asio::awaitable<void> cpu_on_the_loop(int jobs, std::uint64_t steps)
{
  std::vector<asio::awaitable<std::uint64_t>> work;
  for (int i = 0; i < jobs; ++i) work.push_back(busy_coroutine(steps));
  co_await a2a::gather(std::move(work));
}

asio::awaitable<void> cpu_on_a_pool(int jobs, std::uint64_t steps, std::size_t threads)
{
  a2a::thread_pool pool(threads);
  auto one_job = [steps] { return busy_work(steps); };
  std::vector<asio::awaitable<std::uint64_t>> work;
  for (int i = 0; i < jobs; ++i) work.push_back(pool.run(one_job));
  co_await a2a::gather(std::move(work));
}

// A line of the Python script's, in `cells` words ("-" for each one missing).
std::vector<std::string> split(const std::string& line, std::size_t cells)
{
  std::vector<std::string> words;
  std::istringstream in(line);
  for (std::string word; words.size() < cells && in >> word;) words.push_back(word);
  words.resize(cells, "-");
  return words;
}

double seconds_of(asio::awaitable<void> main)
{
  auto start = clock_type::now();
  a2a::run(std::move(main));
  return std::chrono::duration<double>(clock_type::now() - start).count();
}

}  // namespace

int main(int argc, char** argv)
{
  int jobs = argc > 1 ? std::atoi(argv[1]) : 20'000;
  int cpu_jobs = argc > 2 ? std::atoi(argv[2]) : 8;
  std::uint64_t steps = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 200'000'000;
  auto script = std::filesystem::path(__FILE__).replace_extension(".py");
  auto python = benchmark::run_python(script, fmt::format("{} {} {}", jobs, cpu_jobs, steps / 100));
  auto python_says = [&](std::size_t line) { return python && line < python->size() ? (*python)[line] : "-"; };

  fmt::print("{} small jobs, each waiting 1 to 5 ms; a limit of {}\n", jobs, limit);
  fmt::print("  {:<24} {:>8} {:>13} {:>15} | {:>9} {:>13} {:>15}\n", "", "seconds", "most at work", "most in memory",
             "Python s", "most at work", "most in memory");
  for (std::size_t w = 0; w < std::size(jobs_ways); ++w) {
    job_counter count;
    double seconds = seconds_of(jobs_ways[w].second(jobs, limit, count));
    auto theirs = split(python_says(w), 3);
    fmt::print("  {:<24} {:>8.2f} {:>13} {:>15} | {:>9} {:>13} {:>15}\n", jobs_ways[w].first, seconds, count.most_working,
               count.most_in_memory, theirs[0], theirs[1], theirs[2]);
  }

  fmt::print("\n{} CPU-bound jobs of {} steps (Python: {}), {} cores: seconds\n", cpu_jobs, steps, steps / 100,
             std::thread::hardware_concurrency());
  fmt::print("  {:<24} {:>8} {:>16} {:>18}\n", "", "C++", "Python threads", "Python processes");
  fmt::print("  {:<24} {:>8.2f} {:>16} {:>18}\n", "on the loop", seconds_of(cpu_on_the_loop(cpu_jobs, steps)),
             python_says(4), "-");
  for (std::size_t threads : {1, 2, 4, 8}) {
    auto theirs = split(python_says(4 + std::bit_width(threads)), 2);  // lines 5 to 8: "threads processes"
    fmt::print("  {:<24} {:>8.2f} {:>16} {:>18}\n", fmt::format("a pool of {}", threads),
               seconds_of(cpu_on_a_pool(cpu_jobs, steps, threads)), theirs[0], theirs[1]);
  }
  if (!python) fmt::print("(Python not measured: no python3, or its script failed)\n");
}
