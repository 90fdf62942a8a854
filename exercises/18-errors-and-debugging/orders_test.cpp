#include "orders.hpp"

#include "testing.hpp"

namespace {

using numbers = std::vector<int>;

struct outcome {
  std::optional<packing_report> report;
  std::string error;           // what pack_orders threw, if it threw
  bool hung = false;           // not done after 10 s of story time
  std::size_t packers_left = 0;  // packer tasks not done once pack_orders has returned or thrown
};

// A line that hangs fails its test instead of hanging it, and shows its tasks first.
asio::awaitable<void> give_up_after(std::chrono::seconds limit, a2a::Task<packing_report> line, bool& hung)
{
  co_await a2a::sleep(limit);
  hung = true;
  fmt::print("pack_orders had not returned after {} s. The tasks then:\n", limit.count());
  a2a::print_all_tasks(stdout);
  line.cancel();
}

outcome run_line(warehouse& place, numbers orders, int packers)
{
  return a2a::run([&]() -> asio::awaitable<outcome> {
    auto executor = co_await asio::this_coro::executor;
    outcome result;
    auto line = a2a::create_task(executor, pack_orders(place, std::move(orders), packers), "pack_orders");
    auto watchdog = a2a::create_task(executor, give_up_after(10s, line, result.hung), "watchdog");
    try {
      result.report = co_await line.get();
    } catch (const std::exception& e) {
      if (!result.hung) result.error = e.what();
    }
    for (auto& task : a2a::all_tasks())
      if (task.name.starts_with("packer")) ++result.packers_left;
    watchdog.cancel();
    try {
      co_await watchdog.get();
    } catch (const boost::system::system_error&) {  // its cancellation
    }
    co_return result;
  }());
}

}  // namespace

TEST_CASE("four good orders, two packers: all packed in 2 s, two at a time")
{
  warehouse place;
  auto result = run_line(place, {1, 2, 3, 4}, 2);
  REQUIRE(result.report);
  CHECK(result.report->packed == numbers{1, 2, 3, 4});
  CHECK(result.report->rejected.empty());
  CHECK(place.most_packing == 2);
  CHECK(a2a::elapsed() == 2.0);
}

TEST_CASE("no packer is still running when pack_orders returns")
{
  warehouse place;
  auto result = run_line(place, {1, 2, 3}, 3);
  REQUIRE(result.report);
  CHECK(result.packers_left == 0);
}

TEST_CASE("an unknown product: that order is rejected and the line goes on")
{
  warehouse place;
  place.unknown = {3};
  auto result = run_line(place, {1, 2, 3, 4, 5}, 2);
  CHECK_FALSE(result.hung);
  REQUIRE(result.report);
  CHECK(result.report->packed == numbers{1, 2, 4, 5});
  CHECK(result.report->rejected == std::map<int, std::string>{{3, "order 3: unknown product"}});
  CHECK(result.packers_left == 0);
}

TEST_CASE("every order unknown: all rejected, none packed, no hang")
{
  warehouse place;
  place.unknown = {1, 2, 3};
  auto result = run_line(place, {1, 2, 3}, 2);
  CHECK_FALSE(result.hung);
  REQUIRE(result.report);
  CHECK(result.report->packed.empty());
  CHECK(result.report->rejected.size() == 3);
}

TEST_CASE("the warehouse goes down: pack_orders throws that, and no packer is left running")
{
  warehouse place;
  place.works_for = 2;
  auto result = run_line(place, {1, 2, 3, 4, 5, 6}, 2);
  CHECK_FALSE(result.hung);
  CHECK_FALSE(result.report);
  CHECK(result.error == "the warehouse is down");
  CHECK(result.packers_left == 0);
  CHECK(place.packing_now == 0);
}

TEST_CASE("no orders: an empty report at once")
{
  warehouse place;
  auto result = run_line(place, {}, 2);
  REQUIRE(result.report);
  CHECK(result.report->packed.empty());
  CHECK(result.packers_left == 0);
  CHECK(a2a::elapsed() == 0.0);
}
