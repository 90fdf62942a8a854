// Plain threads, as Python's threading module: five workers, each writing its own result
// slot, joined at the end. No event loop involved.
#include <a2a/a2a.hpp>

#include <thread>

int main()
{
  std::vector<std::string> results(5);
  std::vector<std::thread> workers;
  for (int i = 0; i < 5; ++i)
    workers.emplace_back([i, &results] { results[i] = fmt::format("worker {} done", i); });
  for (auto& worker : workers) worker.join();
  for (auto& line : results) fmt::print("{}\n", line);
}
