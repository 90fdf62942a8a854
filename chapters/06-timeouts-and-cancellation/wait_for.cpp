// asyncio.wait_for: a time limit around any awaitable. Too slow, and the work is cancelled.
#include <a2a/a2a.hpp>

asio::awaitable<std::string> slow_task(std::chrono::seconds how_long)
{
  try {
    co_await a2a::sleep(how_long);
  } catch (const boost::system::system_error& e) {
    if (e.code() == asio::error::operation_aborted) a2a::log("the {}s task was cancelled", how_long.count());
    throw;
  }
  co_return "done";
}

asio::awaitable<void> async_main()
{
  for (auto how_long : {1s, 2s, 5s}) {
    try {
      auto result = co_await a2a::wait_for(slow_task(how_long), 2s);
      a2a::log("{}s task, limit 2s: {}", how_long.count(), result);
    } catch (const a2a::timeout_error&) {
      a2a::log("{}s task, limit 2s: timed out", how_long.count());
    }
  }
}

int main()
{
  a2a::run(async_main());
}
