// asyncio's debug mode (asyncio.run(main(), debug=True), PYTHONASYNCIODEBUG=1): a2a::run(main,
// a2a::debug_options{}), or A2A_DEBUG=1 for any program. It names a task whose step held the
// loop too long, a task that failed while nobody awaits it, and a task main forgot.
#include <a2a/a2a.hpp>

asio::awaitable<void> resize_images()
{
  a2a::log("resizing on the loop's own thread...");
  a2a::blocking_sleep(500ms);  // the mistake: blocking work between two awaits
  co_await a2a::sleep(100ms);
  a2a::log("resized");
}

asio::awaitable<void> upload()
{
  co_await a2a::sleep(1s);
  throw std::runtime_error("connection reset");
}

asio::awaitable<void> send_newsletter()
{
  co_await a2a::sleep(10s);
  a2a::log("newsletter sent");
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  auto resize = a2a::create_task(executor, resize_images(), "resize");
  auto sending = a2a::create_task(executor, upload(), "upload");
  a2a::create_task(executor, send_newsletter(), "newsletter");  // never awaited
  co_await resize.get();
  co_await a2a::sleep(2s);
  try {
    co_await sending.get();
  } catch (const std::exception& e) {
    a2a::log("upload failed: {}", e.what());
  }
  a2a::log("main returns");
}

int main()
{
  a2a::run(async_main(), a2a::debug_options{.slow_step = 100ms});
}
