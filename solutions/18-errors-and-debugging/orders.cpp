#include "orders.hpp"

// One packer: an unknown product is the order's problem, so it goes in the report and the
// packer goes on. Anything else ends the packer, and its task keeps the exception.
// task_done() comes for every order taken, however it ended, or join() would wait forever.
asio::awaitable<void> packer(warehouse& place, a2a::queue<int>& queue, packing_report& report)
{
  for (;;) {
    int order = co_await queue.get();
    try {
      co_await place.pack(order);
      report.packed.push_back(order);
    } catch (const unknown_product& e) {
      report.rejected[order] = e.what();
    } catch (...) {
      queue.task_done();
      throw;
    }
    queue.task_done();
  }
}

asio::awaitable<packing_report> pack_orders(warehouse& place, std::vector<int> orders, int packers)
{
  using namespace asio::experimental::awaitable_operators;
  auto executor = co_await asio::this_coro::executor;
  packing_report report;
  a2a::queue<int> queue;
  for (int order : orders) queue.put_nowait(order);
  std::vector<a2a::Task<void>> line;
  for (int i = 1; i <= packers; ++i)
    line.push_back(a2a::create_task(executor, packer(place, queue, report), fmt::format("packer {}", i)));

  // Done when every order is, or as soon as a packer fails: then join() would never return.
  co_await (queue.join() || a2a::wait(line, a2a::return_when::first_exception));

  // The packers still wait for orders that will not come: stop them, and await every one,
  // so that none outlives `queue` and `report`, and no failure goes unseen.
  for (auto& task : line) task.cancel();
  std::exception_ptr failure;
  for (auto& task : line) {
    try {
      co_await task.get();
    } catch (...) {
      if (!failure && !a2a::is_cancellation(std::current_exception())) failure = std::current_exception();
    }
  }
  if (failure) std::rethrow_exception(failure);
  co_return report;
}
