// The price service that exercise 04 gives you.
#include "prices.hpp"

asio::awaitable<int> market::fetch_price(const shop& s)
{
  ++in_flight;
  struct done {
    int& count;
    ~done() { --count; }
  } guard{in_flight};
  co_await a2a::sleep(s.latency);
  if (!s.price) throw std::runtime_error(s.name + " is down");
  co_return *s.price;
}
