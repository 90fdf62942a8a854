#include "orders.hpp"

// TODO: this line hangs when an order names an unknown product, and loses every error.
// Run its tests with A2A_DEBUG=1 (see the README) to see why, then fix it.
asio::awaitable<void> packer(warehouse& place, a2a::queue<int>& queue, packing_report& report)
{
  for (;;) {
    int order = co_await queue.get();
    co_await place.pack(order);
    report.packed.push_back(order);
    queue.task_done();
  }
}

asio::awaitable<packing_report> pack_orders(warehouse& place, std::vector<int> orders, int packers)
{
  auto executor = co_await asio::this_coro::executor;
  packing_report report;
  a2a::queue<int> queue;
  for (int order : orders) queue.put_nowait(order);
  std::vector<a2a::Task<void>> line;
  for (int i = 1; i <= packers; ++i)
    line.push_back(a2a::create_task(executor, packer(place, queue, report), fmt::format("packer {}", i)));
  co_await queue.join();
  for (auto& task : line) task.cancel();
  co_return report;
}
