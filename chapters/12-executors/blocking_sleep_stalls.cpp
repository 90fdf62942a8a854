// time.sleep() inside a coroutine stops the whole event loop: the heartbeat, which should
// beat every 0.5 s, stalls for the full 2 s. asyncio.sleep() lets it beat on.
#include <a2a/a2a.hpp>

asio::awaitable<void> heartbeat(a2a::timeline& timeline)
{
  for (int beat = 1; beat <= 4; ++beat) {
    co_await a2a::sleep(500ms);
    auto busy = timeline.track("heartbeat");
    a2a::log("beat {}", beat);
  }
}

asio::awaitable<void> blocking_example(a2a::timeline& timeline)
{
  auto busy = timeline.track("blocking");
  a2a::blocking_sleep(2s);  // WRONG inside a coroutine: the thread, and the loop, stop
  co_return;
}

asio::awaitable<void> nonblocking_example(a2a::timeline& timeline)
{
  auto busy = timeline.track("nonblocking");
  co_await a2a::sleep(2s);  // only this coroutine waits
}

asio::awaitable<void> async_main()
{
  a2a::timeline first;
  a2a::log("with a blocking sleep:");
  co_await a2a::gather(heartbeat(first), blocking_example(first));
  fmt::print("{}", first.chart());

  a2a::timeline second;
  a2a::log("with a2a::sleep:");
  co_await a2a::gather(heartbeat(second), nonblocking_example(second));
  fmt::print("{}", second.chart());
}

int main()
{
  a2a::run(async_main());
}
