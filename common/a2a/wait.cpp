#include "a2a/wait.hpp"

#include <algorithm>

namespace a2a::detail {
namespace {

bool failed(const task_state& task)
{
  return task.done && task.error && !is_cancellation(task.error);
}

bool holds(const std::vector<std::shared_ptr<task_state>>& tasks, return_when when)
{
  auto all_done = std::all_of(tasks.begin(), tasks.end(), [](auto& t) { return t->done; });
  if (all_done || when == return_when::all_completed) return all_done;
  if (when == return_when::first_completed)
    return std::any_of(tasks.begin(), tasks.end(), [](auto& t) { return t->done; });
  return std::any_of(tasks.begin(), tasks.end(), [](auto& t) { return failed(*t); });
}

}  // namespace

asio::awaitable<void> wait_until(std::vector<std::shared_ptr<task_state>> tasks, return_when when)
{
  auto executor = co_await asio::this_coro::executor;
  while (!holds(tasks, when)) {
    // Wait for any one of those still running to finish. The group cancels the other waits,
    // which are only our waits: the tasks themselves go on.
    using finished_wait = decltype(tasks[0]->finished(executor).async_wait(asio::deferred));
    std::vector<finished_wait> waits;
    for (auto& task : tasks)
      if (!task->done) waits.push_back(task->finished(executor).async_wait(asio::deferred));
    co_await asio::experimental::make_parallel_group(std::move(waits))
        .async_wait(asio::experimental::wait_for_one(), asio::use_awaitable);
    co_await throw_if_cancelled();  // the group also ends when our own wait is cancelled
  }
}

}  // namespace a2a::detail
