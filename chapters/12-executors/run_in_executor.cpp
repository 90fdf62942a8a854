// loop.run_in_executor(pool, blocking_io, n): blocking calls on a pool of threads, awaited
// like coroutines. Two of them overlap: 1 s and 2 s take 2 s.
#include <a2a/a2a.hpp>

std::string blocking_io(int seconds)
{
  a2a::blocking_sleep(std::chrono::seconds(seconds));  // a blocking library call
  return fmt::format("slept {} s", seconds);
}

asio::awaitable<void> async_main()
{
  a2a::thread_pool pool(2);
  auto [one, two] = co_await a2a::gather(pool.run([] { return blocking_io(1); }),
                                         pool.run([] { return blocking_io(2); }));
  a2a::log("{}, {}", one, two);
}

int main()
{
  a2a::run(async_main());
}
