#include "prices.hpp"

asio::awaitable<std::vector<int>> all_prices(market& m, const std::vector<shop>& shops)
{
  // TODO: this asks one shop after another. Ask them all at once with a2a::gather.
  std::vector<int> prices;
  for (const auto& s : shops) prices.push_back(co_await m.fetch_price(s));
  co_return prices;
}

asio::awaitable<std::vector<quote>> all_quotes(market& m, const std::vector<shop>& shops)
{
  // TODO: fetch every price at once; turn each shop's outcome (a price or an exception)
  // into a quote, so one failure does not lose the other prices.
  co_return std::vector<quote>{};
}
