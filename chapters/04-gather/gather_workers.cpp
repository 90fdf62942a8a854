// gather runs coroutines concurrently: they finish in time order, results come in input order.
#include <a2a/a2a.hpp>

asio::awaitable<std::pair<std::string, double>> worker(std::string name,
                                                       std::chrono::duration<double> delay,
                                                       a2a::timeline& timeline)
{
  auto busy = timeline.track(name);
  a2a::log("{} started", name);
  co_await a2a::sleep(delay);
  a2a::log("{} finished after {}s", name, delay.count());
  co_return std::pair(name, delay.count());
}

asio::awaitable<void> async_main()
{
  a2a::timeline timeline;
  auto results = co_await a2a::gather(worker("A", 1.5s, timeline), worker("B", 1.0s, timeline),
                                      worker("C", 0.5s, timeline));
  fmt::print("Results: {}\n", results);
  fmt::print("{}", timeline.chart());
}

int main()
{
  a2a::run(async_main());
}
