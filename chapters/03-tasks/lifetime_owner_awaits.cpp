// The second safe form: a reference parameter is fine when whoever owns the referent awaits
// the task before the referent dies. That is why chapter 09's workers may take `queue&`:
// async_main owns the queue and does not return before the workers have stopped.
#include <a2a/a2a.hpp>

asio::awaitable<void> count_items(const std::vector<int>& items, int& total)
{
  for (int item : items) {
    co_await a2a::sleep(1s);
    total += item;
  }
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  std::vector<int> items{1, 2, 3};
  int total = 0;
  auto counting = a2a::create_task(executor, count_items(items, total));
  a2a::log("counting runs on while async_main owns items and total");
  co_await counting.get();  // the task ends here, before items and total do
  a2a::log("total: {}", total);
}

int main()
{
  a2a::run(async_main());
}
