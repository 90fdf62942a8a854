// `[await f() for f in coroutines]` awaits them one after another: three 1 s calls take
// 3 s. gather runs the same three at once: 1 s. The timeline shows the difference.
#include <a2a/a2a.hpp>

asio::awaitable<int> async_one(std::string lane, a2a::timeline& timeline)
{
  auto busy = timeline.track(lane);
  co_await a2a::sleep(1s);
  co_return 1;
}

asio::awaitable<void> async_main()
{
  a2a::timeline timeline;
  std::vector<int> in_turn;
  for (auto lane : {"loop 1", "loop 2", "loop 3"}) {
    int one = co_await async_one(lane, timeline);
    in_turn.push_back(one);
  }
  a2a::log("awaited in a loop: {}", in_turn);

  std::vector<asio::awaitable<int>> calls;
  for (auto lane : {"gather 1", "gather 2", "gather 3"})
    calls.push_back(async_one(lane, timeline));
  auto together = co_await a2a::gather(std::move(calls));
  a2a::log("gathered: {}", together);

  fmt::print("{}", timeline.chart());
}

int main()
{
  a2a::run(async_main());
}
