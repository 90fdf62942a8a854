// asyncio.Queue's classic: producers put, consumers get, task_done() after each item, and
// join() waits until every item has been dealt with. The random delays come from a fixed
// seed, so every run prints the same lines.
#include <a2a/a2a.hpp>

#include <random>

std::mt19937 random_delays(2024);  // fixed seed

std::chrono::milliseconds between(int low_ms, int high_ms)
{
  return std::chrono::milliseconds(low_ms + random_delays() % (high_ms - low_ms + 1));
}

asio::awaitable<void> producer(a2a::queue<std::string>& queue, int producer_id)
{
  for (int i = 0; i < 5; ++i) {
    co_await a2a::sleep(between(100, 500));
    auto item = fmt::format("Item-{}-{}", producer_id, i);
    co_await queue.put(item);
    a2a::log("Producer {} produced: {}", producer_id, item);
  }
}

asio::awaitable<void> consumer(a2a::queue<std::string>& queue, int consumer_id)
{
  for (;;) {
    auto item = co_await queue.get();
    a2a::log("Consumer {} consuming: {}", consumer_id, item);
    co_await a2a::sleep(between(200, 800));
    queue.task_done();
  }
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  a2a::queue<std::string> queue(10);

  std::vector<asio::awaitable<void>> producers;
  for (int i = 0; i < 2; ++i) producers.push_back(producer(queue, i));
  std::vector<a2a::Task<void>> consumers;
  for (int i = 0; i < 3; ++i) consumers.push_back(a2a::create_task(executor, consumer(queue, i)));

  co_await a2a::gather(std::move(producers));
  co_await queue.join();  // every item taken and task_done()
  for (auto& c : consumers) c.cancel();  // they loop forever: stop them
  co_await a2a::wait(consumers);
  a2a::log("all items processed");
}

int main()
{
  a2a::run(async_main());
}
