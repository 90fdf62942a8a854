#include "prices.hpp"

#include "testing.hpp"

namespace {

const std::vector<shop> open_shops{
    {"Corner", 3s, 120}, {"Mega", 1s, 99}, {"Online", 2s, 105}};
const std::vector<shop> one_down{
    {"Corner", 3s, 120}, {"Broken", 1s, std::nullopt}, {"Online", 2s, 105}};

template <typename T>
T run_in(market& m, asio::awaitable<T> work)
{
  T result = a2a::run(std::move(work));
  CHECK(m.in_flight == 0);
  return result;
}

}  // namespace

TEST_CASE("all_prices: every price, in the order of the shops")
{
  market m;
  CHECK(run_in(m, all_prices(m, open_shops)) == std::vector<int>{120, 99, 105});
}

TEST_CASE("all_prices: all shops are asked at once, so it takes as long as the slowest")
{
  market m;
  run_in(m, all_prices(m, open_shops));
  CHECK(a2a::elapsed() == 3.0);
}

TEST_CASE("all_prices: no shops, no prices, no waiting")
{
  market m;
  CHECK(run_in(m, all_prices(m, {})).empty());
  CHECK(a2a::elapsed() == 0.0);
}

TEST_CASE("all_prices: a failure comes out when it happens and leaves nothing in flight")
{
  market m;
  auto body = [&]() -> asio::awaitable<double> {
    CHECK_THROWS_WITH(co_await all_prices(m, one_down), "Broken is down");
    CHECK(m.in_flight == 0);
    co_return a2a::elapsed();
  };
  CHECK(a2a::run(body()) == 1.0);
}

TEST_CASE("all_quotes: a price for every open shop, the error for the broken one")
{
  market m;
  auto quotes = run_in(m, all_quotes(m, one_down));
  REQUIRE(quotes.size() == 3);
  CHECK(quotes[0].shop == "Corner");
  CHECK(quotes[0].price == 120);
  CHECK(quotes[0].error.empty());
  CHECK(quotes[1].shop == "Broken");
  CHECK_FALSE(quotes[1].price);
  CHECK(quotes[1].error == "Broken is down");
  CHECK(quotes[2].price == 105);
}

TEST_CASE("all_quotes: all shops are asked at once")
{
  market m;
  run_in(m, all_quotes(m, one_down));
  CHECK(a2a::elapsed() == 3.0);
}

TEST_CASE("all_quotes: no shops, no quotes")
{
  market m;
  CHECK(run_in(m, all_quotes(m, {})).empty());
}
