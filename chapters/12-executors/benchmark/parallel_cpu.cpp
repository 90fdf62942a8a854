// CPU-bound work: coroutines on one loop take turns on one core, threads really run in
// parallel (C++ has no GIL). Prints wall-clock times; run it optimised:
//   cmake --preset release && cmake --build build/release --target ch12-parallel_cpu
//   build/release/chapters/12-executors/benchmark/parallel_cpu [limit]
#include <a2a/a2a.hpp>

#include <cstdlib>
#include <thread>

using std::chrono::steady_clock;

// Counts the primes below `limit` the slow way: pure CPU, no waiting.
long count_primes(long limit)
{
  long count = 0;
  for (long n = 2; n < limit; ++n) {
    bool prime = true;
    for (long d = 2; d * d <= n && prime; ++d) prime = n % d != 0;
    count += prime;
  }
  return count;
}

asio::awaitable<long> as_coroutine(long limit)
{
  co_return count_primes(limit);
}

template <typename Work>
double seconds(Work work)
{
  auto start = steady_clock::now();
  a2a::run(work());
  return std::chrono::duration<double>(steady_clock::now() - start).count();
}

int main(int argc, char** argv)
{
  long limit = argc > 1 ? std::atol(argv[1]) : 3'000'000;
  constexpr int jobs = 4;
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());

  double one_by_one = seconds([&]() -> asio::awaitable<void> {
    for (int i = 0; i < jobs; ++i) co_await as_coroutine(limit);
  });
  double coroutines = seconds([&]() -> asio::awaitable<void> {
    std::vector<asio::awaitable<long>> work;
    for (int i = 0; i < jobs; ++i) work.push_back(as_coroutine(limit));
    co_await a2a::gather(std::move(work));
  });
  double threads = seconds([&]() -> asio::awaitable<void> {
    a2a::thread_pool pool(cores);
    std::vector<asio::awaitable<long>> work;
    for (int i = 0; i < jobs; ++i) work.push_back(pool.run([&] { return count_primes(limit); }));
    co_await a2a::gather(std::move(work));
  });

  fmt::print("{} jobs counting primes below {}, {} cores\n", jobs, limit, cores);
  fmt::print("  one after another:            {:6.2f} s\n", one_by_one);
  fmt::print("  gathered coroutines, 1 loop:  {:6.2f} s  (x{:.2f})\n", coroutines,
             one_by_one / coroutines);
  fmt::print("  a thread pool of {}:           {:6.2f} s  (x{:.2f})\n", cores, threads,
             one_by_one / threads);
}
