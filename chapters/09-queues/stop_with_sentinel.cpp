// The way before Python 3.13: one "no more items" marker per consumer, queued after the
// real items. Here the marker is an empty std::optional.
#include <a2a/a2a.hpp>

asio::awaitable<void> consumer(a2a::queue<std::optional<int>>& queue, std::string name)
{
  while (auto item = co_await queue.get()) {
    co_await a2a::sleep(1s);
    a2a::log("{} handled {}", name, *item);
  }
  a2a::log("{} got the end marker", name);
}

asio::awaitable<void> async_main()
{
  a2a::queue<std::optional<int>> queue;
  for (int item = 1; item <= 3; ++item) queue.put_nowait(item);
  for (int consumers = 0; consumers < 2; ++consumers) queue.put_nowait(std::nullopt);
  co_await a2a::gather(consumer(queue, "A"), consumer(queue, "B"));
}

int main()
{
  a2a::run(async_main());
}
