// asyncio.Barrier (Python 3.11): workers finish phase 1 at different times, wait for each
// other, and start phase 2 together.
#include <a2a/a2a.hpp>

asio::awaitable<void> worker(a2a::barrier& phase_done, std::string name,
                             std::chrono::milliseconds phase_1)
{
  co_await a2a::sleep(phase_1);
  a2a::log("{} finished phase 1", name);
  co_await phase_done.wait();
  a2a::log("{} starts phase 2", name);
}

asio::awaitable<void> async_main()
{
  a2a::barrier phase_done(3);
  co_await a2a::gather(worker(phase_done, "A", 1s), worker(phase_done, "B", 2s),
                       worker(phase_done, "C", 3s));
}

int main()
{
  a2a::run(async_main());
}
