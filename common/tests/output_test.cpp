#include <a2a/a2a.hpp>

#include "testing.hpp"

TEST_CASE("log stamps each line with story time")
{
  a2a::output_capture output;
  auto main = []() -> asio::awaitable<void> {
    a2a::log("start");
    co_await a2a::sleep(1500ms);
    a2a::log("{} finished", "A");
  };
  a2a::run(main());
  CHECK(output.lines() == std::vector<std::string>{"[0.00s] start", "[1.50s] A finished"});
}

TEST_CASE("timeline draws who was busy when")
{
  a2a::timeline timeline;
  auto worker = [&](std::string name, std::chrono::milliseconds delay) -> asio::awaitable<void> {
    auto busy = timeline.track(name);
    co_await a2a::sleep(delay);
  };
  auto main = [&]() -> asio::awaitable<void> {
    co_await a2a::gather(worker("A", 1500ms), worker("B", 1000ms));
    co_await worker("C", 500ms);
  };
  a2a::run(main());
  CHECK(timeline.chart() ==
        "A  |###############     |  0.00s - 1.50s\n"
        "B  |##########          |  0.00s - 1.00s\n"
        "C  |               #####|  1.50s - 2.00s\n"
        "    0s        1s        2s\n");
}

TEST_CASE("an empty timeline says so")
{
  CHECK(a2a::timeline().chart() == "(nothing ran)\n");
}
