#include "orders.hpp"

asio::awaitable<void> warehouse::pack(int order)
{
  ++packing_now;
  most_packing = std::max(most_packing, packing_now);
  struct finished {
    int& now;
    ~finished() { --now; }
  } leaving{packing_now};
  co_await a2a::sleep(1s);
  if (static_cast<int>(packed.size()) >= works_for) throw warehouse_down("the warehouse is down");
  if (unknown.contains(order)) throw unknown_product(fmt::format("order {}: unknown product", order));
  packed.push_back(order);
}
