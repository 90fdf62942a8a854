// Results keep the order you passed the coroutines in, not the order they finished in.
#include <a2a/a2a.hpp>

asio::awaitable<std::string> task_with_delay(std::chrono::seconds delay, std::string value)
{
  co_await a2a::sleep(delay);
  a2a::log("{} finished", value);
  co_return value;
}

asio::awaitable<void> async_main()
{
  auto results = co_await a2a::gather(task_with_delay(3s, "slow"), task_with_delay(1s, "fast"),
                                      task_with_delay(2s, "medium"));
  fmt::print("{}\n", results);
}

int main()
{
  a2a::run(async_main());
}
