#include "gather.hpp"

// TODO: this awaits the tasks one after another: no two ever run at once, and when one
// fails, those after it never run. Start them all (toy::spawn), let each one store its
// value or exception and count itself done, and suspend until the count says all are.
toy::task<std::vector<int>> gather(std::vector<toy::task<int>> tasks)
{
  std::vector<int> values;
  for (auto& task : tasks) values.push_back(co_await std::move(task));
  co_return values;
}
