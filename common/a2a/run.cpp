#include "a2a/run.hpp"

#include "a2a/task.hpp"

namespace a2a {

asio::awaitable<void> sleep(std::chrono::nanoseconds how_long)
{
  return async_sleep(how_long, asio::use_awaitable);
}

namespace detail {

struct run_record {
  explicit run_record(asio::io_context& loop) : loop(loop), scheduler(loop) {}
  asio::io_context& loop;
  story_scheduler scheduler;
  std::vector<std::weak_ptr<task_state>> tasks;
  int unnamed_tasks = 0;
};

namespace {
thread_local run_record* current_run = nullptr;
}

run_scope::run_scope(asio::io_context& loop) : record_(new run_record(loop)), previous_(current_run)
{
  current_run = record_;
  restart_story_clock();
}

run_scope::~run_scope()
{
  current_run = previous_;
  delete record_;
}

// asyncio's loop runs what is ready, then waits for I/O until its next timer is due. This
// does the same with story time: a sleeper wakes only when nothing else can run, so its
// wake-up comes after everything that was due before it, however slow the machine is.
void run_scope::drive()
{
  auto& loop = record_->loop;
  auto& scheduler = record_->scheduler;
  for (;;) {
    if (!scheduler.has_sleepers()) {  // only real events: a socket, a thread, a timer
      if (loop.run_one() == 0) return;  // no work left at all
      continue;
    }
    loop.poll();  // everything that is ready now, and everything that sets off
    if (loop.stopped()) return;
    if (!scheduler.has_sleepers()) continue;
    auto wait = scheduler.real_time_to_next();
    if (wait.count() > 0 && loop.run_one_for(wait) > 0) continue;  // something real came first
    scheduler.wake_next();
  }
}

void run_scope::cancel_remaining_tasks()
{
  for (auto& weak : record_->tasks)
    if (auto task = weak.lock(); task && !task->done) task->cancel();
}

story_scheduler* current_scheduler()
{
  return current_run != nullptr ? &current_run->scheduler : nullptr;
}

void remember(const std::shared_ptr<task_state>& task)
{
  if (current_run != nullptr) current_run->tasks.push_back(task);
}

std::string next_task_name()
{
  static int outside_run = 0;
  int& made = current_run != nullptr ? current_run->unnamed_tasks : outside_run;
  return fmt::format("Task-{}", ++made);
}

}  // namespace detail
}  // namespace a2a
