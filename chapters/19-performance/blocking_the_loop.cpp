// "Async is for waiting; CPU-bound work belongs in a pool" (S910). A heartbeat should tick
// three times, 100 ms apart, while three images are resized, 1 s of CPU each
// (blocking_sleep stands in for the work). On the loop, nothing else runs until the three
// are done, and the ticks come seconds late; on a pool of threads, they come on time.
#include <a2a/a2a.hpp>

std::string resize(int image)
{
  a2a::blocking_sleep(1s);
  return fmt::format("thumbnail {}", image);
}

asio::awaitable<std::string> resize_on_the_loop(int image)
{
  co_return resize(image);
}

asio::awaitable<void> heartbeat()
{
  double start = a2a::elapsed();
  for (int beat = 0; beat < 3; ++beat) {
    if (beat > 0) co_await a2a::sleep(100ms);
    a2a::log("tick (due at {:.2f}s)", start + 0.1 * beat);
  }
}

// pool: where the resizes run; none: on the loop.
asio::awaitable<void> resize_three(a2a::thread_pool* pool)
{
  fmt::print("{}:\n", pool ? "on a pool of three threads" : "on the loop");
  auto ticking = a2a::create_task(co_await asio::this_coro::executor, heartbeat());
  co_await a2a::sleep(0s);  // the heartbeat's first beat, as asyncio.sleep(0) would let it
  std::vector<asio::awaitable<std::string>> work;
  for (int image = 1; image <= 3; ++image) {
    auto on_a_thread = [image] { return resize(image); };
    work.push_back(pool ? pool->run(on_a_thread) : resize_on_the_loop(image));
  }
  for (const auto& thumbnail : co_await a2a::gather(std::move(work))) a2a::log("{}", thumbnail);
  co_await ticking.get();
}

asio::awaitable<void> async_main()
{
  co_await resize_three(nullptr);
  a2a::thread_pool pool(3);
  co_await resize_three(&pool);
}

int main()
{
  a2a::run(async_main());
}
