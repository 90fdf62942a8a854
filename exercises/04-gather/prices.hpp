// Exercise 04: ask every shop at once. Write all_prices() and all_quotes() in prices.cpp;
// the market (market.cpp) is given.
#pragma once
#include <a2a/a2a.hpp>

struct shop {
  std::string name;
  std::chrono::milliseconds latency;  // how long the shop takes to answer
  std::optional<int> price;           // no price: the shop is down and fails after `latency`
};

// A pretend price service that counts the requests still in flight.
struct market {
  int in_flight = 0;

  // Waits s.latency, then returns s.price or throws std::runtime_error("<name> is down").
  asio::awaitable<int> fetch_price(const shop& s);
};

// Every shop's price, all fetched at the same time, in the order of `shops`.
// If a fetch fails, its exception comes out as soon as it happens (not when the slowest
// shop answers), and no fetch is left in flight.
asio::awaitable<std::vector<int>> all_prices(market& m, const std::vector<shop>& shops);

// One quote per shop, in the order of `shops`: a price, or the error of a shop that failed.
// A failing shop does not spoil the others. All fetched at the same time.
struct quote {
  std::string shop;
  std::optional<int> price;
  std::string error;  // empty when there is a price
};
asio::awaitable<std::vector<quote>> all_quotes(market& m, const std::vector<shop>& shops);
