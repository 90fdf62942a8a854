// The synchronous version: each task blocks the program until it is done, so times add up.
#include <a2a/a2a.hpp>

void task(std::string_view name)
{
  a2a::log("Task {} started", name);
  a2a::blocking_sleep(2s);  // like time.sleep(2): nothing else can run meanwhile
  a2a::log("Task {} completed", name);
}

int main()
{
  a2a::log("Main program started");
  task("A");
  task("B");
  task("C");
  a2a::log("Main program completed");
}
