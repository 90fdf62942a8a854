// Steps 3 and 4: three tasks spawned on the toy loop, sleeping different times. They wake in
// the order of their deadlines, from the loop's timer heap, as asyncio.create_task and
// asyncio.sleep would; main waits for them with a counter, the toy having no gather yet
// (that is the exercise).
#include "spawn.hpp"

#include <cstdio>

using namespace std::chrono_literals;

toy::task<> nap(const char* name, std::chrono::milliseconds how_long, int& awake)
{
  std::printf("%s: sleeps %lld ms\n", name, static_cast<long long>(how_long.count()));
  co_await toy::sleep_for{how_long};
  std::printf("%s: awake\n", name);
  ++awake;
}

toy::task<> main_task()
{
  int awake = 0;
  toy::spawn(nap("slow", 300ms, awake));
  toy::spawn(nap("fast", 100ms, awake));
  toy::spawn(nap("medium", 200ms, awake));
  while (awake < 3) co_await toy::sleep_for{50ms};
  std::printf("all three are awake\n");
}

int main()
{
  toy::loop loop;
  loop.run(main_task());
}
