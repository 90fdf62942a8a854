// asyncio.Condition: wait, with the lock released, until a condition on shared state holds.
// Cooks wait for orders; the waiter adds them and notifies.
#include <a2a/a2a.hpp>

#include <deque>

asio::awaitable<void> cook(a2a::condition& orders_changed, std::deque<std::string>& orders,
                           std::string name)
{
  for (int dishes = 0; dishes < 2; ++dishes) {
    auto held = co_await orders_changed.hold();
    co_await orders_changed.wait_for([&] { return !orders.empty(); });
    a2a::log("{} cooks {}", name, orders.front());
    orders.pop_front();
  }
}

asio::awaitable<void> waiter(a2a::condition& orders_changed, std::deque<std::string>& orders)
{
  for (std::string dish : {"soup", "salad", "pasta", "cake"}) {
    co_await a2a::sleep(1s);
    auto held = co_await orders_changed.hold();
    orders.push_back(dish);
    a2a::log("order: {}", dish);
    orders_changed.notify();  // wake one cook
  }
}

asio::awaitable<void> async_main()
{
  a2a::condition orders_changed;
  std::deque<std::string> orders;
  co_await a2a::gather(cook(orders_changed, orders, "Kim"), cook(orders_changed, orders, "Lee"),
                       waiter(orders_changed, orders));
}

int main()
{
  a2a::run(async_main());
}
