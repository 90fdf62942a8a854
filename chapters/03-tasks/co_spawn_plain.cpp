// Asio's own way to run a coroutine alongside this one: co_spawn with a completion handler.
#include <a2a/a2a.hpp>

asio::awaitable<std::string> background_work()
{
  a2a::log("background: starts");
  co_await a2a::sleep(2s);
  a2a::log("background: done");
  co_return "report.txt";
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  asio::co_spawn(executor, background_work(), [](std::exception_ptr error, std::string result) {
    if (!error) a2a::log("handler: background work produced {}", result);
  });
  // co_spawn ran background_work up to its first co_await before returning to us.
  a2a::log("main: spawned it, now doing other work");
  co_await a2a::sleep(1s);
  a2a::log("main: other work done");
}

int main()
{
  a2a::run(async_main());  // returns once every coroutine on the loop has finished
}
