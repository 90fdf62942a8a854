// The pitfall: gathering 1,000 calls starts 1,000 at once (a server would refuse most).
// The fix: a semaphore inside each call. Same work, at most 10 at a time.
#include <a2a/a2a.hpp>

struct load_meter {
  int now = 0;
  int peak = 0;
};

asio::awaitable<void> process_item(load_meter& load)
{
  load.peak = std::max(load.peak, ++load.now);
  co_await a2a::sleep(100ms);
  --load.now;
}

asio::awaitable<void> limited(a2a::semaphore& semaphore, load_meter& load)
{
  auto permit = co_await semaphore.hold();
  co_await process_item(load);
}

asio::awaitable<void> async_main()
{
  load_meter unlimited_load;
  std::vector<asio::awaitable<void>> unlimited;
  for (int i = 0; i < 1000; ++i) unlimited.push_back(process_item(unlimited_load));
  co_await a2a::gather(std::move(unlimited));
  a2a::log("unlimited: {} at once", unlimited_load.peak);

  load_meter limited_load;
  a2a::semaphore semaphore(10);
  std::vector<asio::awaitable<void>> calls;
  for (int i = 0; i < 1000; ++i) calls.push_back(limited(semaphore, limited_load));
  co_await a2a::gather(std::move(calls));
  a2a::log("with a semaphore of 10: {} at once", limited_load.peak);
}

int main()
{
  a2a::run(async_main());
}
