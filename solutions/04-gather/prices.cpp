#include "prices.hpp"

asio::awaitable<std::vector<int>> all_prices(market& m, const std::vector<shop>& shops)
{
  std::vector<asio::awaitable<int>> fetches;
  for (const auto& s : shops) fetches.push_back(m.fetch_price(s));
  co_return co_await a2a::gather(std::move(fetches));
}

namespace {

asio::awaitable<quote> ask(market& m, const shop& s)
{
  try {
    int price = co_await m.fetch_price(s);  // g++ 12 miscompiles a co_await inside braces {}
    co_return quote{s.name, price, ""};
  } catch (const std::exception& e) {
    co_return quote{s.name, std::nullopt, e.what()};
  }
}

}  // namespace

asio::awaitable<std::vector<quote>> all_quotes(market& m, const std::vector<shop>& shops)
{
  std::vector<asio::awaitable<quote>> asks;
  for (const auto& s : shops) asks.push_back(ask(m, s));
  co_return co_await a2a::gather(std::move(asks));
}
