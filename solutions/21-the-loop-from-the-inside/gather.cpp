#include "gather.hpp"

namespace {

// What the tasks share: their results, how many are still running, and who waits for them.
struct gathering {
  std::vector<std::optional<int>> values;
  std::vector<std::exception_ptr> errors;
  std::size_t running = 0;
  std::coroutine_handle<> waiting;
};

// Runs one task to its end and stores its outcome; the last one wakes the gatherer.
toy::task<> run_one(toy::task<int> task, gathering& shared, std::size_t index)
{
  try {
    shared.values[index] = co_await std::move(task);
  } catch (...) {
    shared.errors[index] = std::current_exception();
  }
  if (--shared.running == 0 && shared.waiting) toy::running_loop().call_soon(shared.waiting);
}

// Suspends the gatherer until every task has ended.
struct all_ended {
  gathering& shared;
  bool await_ready() const noexcept { return shared.running == 0; }
  void await_suspend(std::coroutine_handle<> me) const noexcept { shared.waiting = me; }
  void await_resume() const noexcept {}
};

}  // namespace

toy::task<std::vector<int>> gather(std::vector<toy::task<int>> tasks)
{
  gathering shared;
  shared.values.resize(tasks.size());
  shared.errors.resize(tasks.size());
  shared.running = tasks.size();
  for (std::size_t i = 0; i < tasks.size(); ++i) toy::spawn(run_one(std::move(tasks[i]), shared, i));
  co_await all_ended{shared};
  for (auto& error : shared.errors)
    if (error) std::rethrow_exception(error);
  std::vector<int> values;
  for (auto& value : shared.values) values.push_back(*value);
  co_return values;
}
