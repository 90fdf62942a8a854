// Stopping consumers without losing an item: queue.shutdown() (Python 3.13). Getters first
// empty the queue, then get() throws queue_shut_down and each consumer ends by itself.
#include <a2a/a2a.hpp>

asio::awaitable<int> consumer(a2a::queue<int>& queue, std::string name)
{
  int handled = 0;
  try {
    for (;;) {
      int item = co_await queue.get();
      co_await a2a::sleep(1s);
      a2a::log("{} handled {}", name, item);
      ++handled;
    }
  } catch (const a2a::queue_shut_down&) {
    a2a::log("{} stops: the queue is shut down and empty", name);
  }
  co_return handled;
}

asio::awaitable<void> async_main()
{
  a2a::queue<int> queue;
  for (int item = 1; item <= 5; ++item) queue.put_nowait(item);
  queue.shutdown();  // no more puts; what is queued is still handed out

  auto [a, b] = co_await a2a::gather(consumer(queue, "A"), consumer(queue, "B"));
  a2a::log("handled {} of 5", a + b);
}

int main()
{
  a2a::run(async_main());
}
