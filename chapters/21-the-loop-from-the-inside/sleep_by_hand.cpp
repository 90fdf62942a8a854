// Step 2: what `co_await toy::sleep_for{1s}` becomes. The compiler turns it into roughly the
// lines in expanded() (the real expansion also saves the frame's resume point); both
// coroutines below wait the same way, on the same loop's timer heap.
#include "awaiters.hpp"

#include <cstdio>

using namespace std::chrono_literals;

toy::task<> written()
{
  co_await toy::sleep_for{100ms};
  std::printf("written: awake\n");
}

toy::task<> expanded()
{
  toy::sleep_for awaiter{100ms};
  if (!awaiter.await_ready()) {
    // await_suspend(handle of this frame) would run here; the frame then returns to its
    // resumer, and the loop resumes it at the next line 100 ms later.
    co_await awaiter;
  }
  awaiter.await_resume();
  std::printf("expanded: awake\n");
}

toy::task<> both()
{
  auto start = toy::clock::now();
  co_await written();
  co_await expanded();
  auto slept = std::chrono::duration_cast<std::chrono::milliseconds>(toy::clock::now() - start);
  std::printf("both slept: %s\n", slept >= 200ms ? "at least 200 ms, as asked" : "too little (a bug)");
}

int main()
{
  toy::loop loop;
  loop.run(both());
}
