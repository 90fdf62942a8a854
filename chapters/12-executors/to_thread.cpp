// asyncio.to_thread: the blocking call runs on the default pool while the loop goes on.
// The heartbeat beats during the 2 s call; its value comes back to the loop's thread.
#include <a2a/a2a.hpp>

#include <thread>

int slow_lookup(int key)
{
  a2a::blocking_sleep(2s);
  return key * 10;
}

asio::awaitable<void> heartbeat()
{
  for (int beat = 1; beat <= 2; ++beat) {
    co_await a2a::sleep(250ms);
    a2a::log("beat {}", beat);
  }
}

asio::awaitable<int> lookup_in_thread(int key)
{
  auto loop_thread = std::this_thread::get_id();
  int value = co_await a2a::to_thread(slow_lookup, key);
  a2a::log("lookup done, back on the loop's thread: {}", std::this_thread::get_id() == loop_thread);
  co_return value;
}

asio::awaitable<void> async_main()
{
  auto [value, beats] = co_await a2a::gather(lookup_in_thread(4), heartbeat());
  a2a::log("value {}", value);
}

int main()
{
  a2a::run(async_main());
}
