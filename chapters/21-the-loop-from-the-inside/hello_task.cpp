// Step 1 in use: a task<int> awaited by a task<void>, on the toy loop, no Asio anywhere.
// Calling add(1, 2) allocates its frame and runs nothing (initial_suspend); co_await starts
// it; its co_return resumes the awaiter (final_suspend).
#include "loop.hpp"

#include <cstdio>

toy::task<int> add(int a, int b)
{
  std::printf("add(%d, %d) runs only now, when it is awaited\n", a, b);
  co_return a + b;
}

toy::task<> main_task()
{
  auto sum = add(1, 2);
  std::printf("add(1, 2) was called: a frame exists, nothing ran yet\n");
  int value = co_await sum;
  std::printf("co_await gave %d\n", value);
}

int main()
{
  toy::loop loop;
  loop.run(main_task());
}
