// When one fails, a2a::gather cancels the others, waits for them to stop, then rethrows.
#include <a2a/a2a.hpp>

asio::awaitable<std::string> failing_task()
{
  co_await a2a::sleep(1s);
  throw std::runtime_error("Task failed!");
}

asio::awaitable<std::string> successful_task()
{
  try {
    co_await a2a::sleep(2s);
  } catch (const boost::system::system_error& e) {
    if (e.code() == asio::error::operation_aborted) a2a::log("successful_task was cancelled");
    throw;
  }
  a2a::log("successful_task finished");
  co_return "success";
}

asio::awaitable<void> async_main()
{
  try {
    co_await a2a::gather(failing_task(), successful_task());
  } catch (const std::runtime_error& e) {
    a2a::log("Error caught: {}", e.what());
  }
  co_await a2a::sleep(2s);
  a2a::log("nothing else happened");
}

int main()
{
  a2a::run(async_main());
}
