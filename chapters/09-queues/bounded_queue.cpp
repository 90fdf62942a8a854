// maxsize: a full queue makes put() wait. A fast producer cannot run ahead of a slow
// consumer by more than the queue holds; the timeline shows it waiting.
#include <a2a/a2a.hpp>

asio::awaitable<void> producer(a2a::queue<int>& queue, a2a::timeline& timeline)
{
  for (int i = 1; i <= 5; ++i) {
    auto busy = timeline.track(fmt::format("put {}", i));
    co_await queue.put(i);
  }
}

asio::awaitable<void> consumer(a2a::queue<int>& queue)
{
  for (int i = 1; i <= 5; ++i) {
    co_await a2a::sleep(1s);
    int item = co_await queue.get();
    a2a::log("got {} ({} left in the queue)", item, queue.size());
  }
}

asio::awaitable<void> async_main()
{
  a2a::queue<int> queue(2);
  a2a::timeline timeline;
  co_await a2a::gather(producer(queue, timeline), consumer(queue));
  fmt::print("{}", timeline.chart());
}

int main()
{
  a2a::run(async_main());
}
