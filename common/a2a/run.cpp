#include "a2a/run.hpp"

#include "a2a/debug.hpp"
#include "a2a/task.hpp"

namespace a2a {

asio::awaitable<void> sleep(std::chrono::nanoseconds how_long)
{
  return async_sleep(how_long, asio::use_awaitable);
}

namespace detail {

struct run_record {
  explicit run_record(asio::io_context& loop) : loop(loop), scheduler(loop) {}
  ~run_record()
  {
    // Tasks still listed outlive the run only as abandoned handlers the loop destroys.
    while (running != nullptr) forget(*running);
  }
  asio::io_context& loop;
  story_scheduler scheduler;
  task_state* running = nullptr;  // the tasks not finished yet, linked through themselves
  int unnamed_tasks = 0;
  std::unique_ptr<debug_state> debug;   // chapter 18's debug mode, when asked for
};

namespace {
thread_local run_record* current_run = nullptr;
}

run_scope::run_scope(asio::io_context& loop) : record_(nullptr), previous_(current_run)
{
  // Blocking this loop to run another inside one of its steps would freeze every task of
  // the outer run until the inner one ends: asyncio refuses it, and so do we.
  if (current_run != nullptr)
    throw std::logic_error("a2a::run() cannot be called from a running event loop: co_await the coroutine instead");
  record_ = new run_record(loop);
  current_run = record_;
  restart_story_clock();
  record_->debug = debug_for_new_run();
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

asio::any_io_executor run_scope::main_executor()
{
  auto executor = record_->loop.get_executor();
  if (record_->debug) return executor_for(executor, record_->debug->main);
  return executor;
}

void run_scope::cancel_remaining_tasks()
{
  // asyncio's debug mode says "Task was destroyed but it is pending!" for the same mistake.
  if (record_->debug)
    for (auto& task : all_tasks())
      if (task.name != "main")
        report(fmt::format("a2a debug: main returned before Task '{}' was done ({}); it is cancelled now",
                           task.name, task.doing));
  // cancel() wakes a task through its loop, later: none leaves the list during this walk.
  for (auto* task = record_->running; task != nullptr; task = task->next) task->cancel();
}

debug_state* current_debug()
{
  return current_run != nullptr ? current_run->debug.get() : nullptr;
}

task_state* running_tasks()
{
  return current_run != nullptr ? current_run->running : nullptr;
}

story_scheduler* current_scheduler()
{
  return current_run != nullptr ? &current_run->scheduler : nullptr;
}

void remember(task_state& task)
{
  if (current_run == nullptr) return;
  task.run = current_run;
  task.next = current_run->running;
  if (task.next != nullptr) task.next->previous = &task;
  current_run->running = &task;
}

void forget(task_state& task)
{
  if (task.run == nullptr) return;
  if (task.previous != nullptr) task.previous->next = task.next;
  else task.run->running = task.next;
  if (task.next != nullptr) task.next->previous = task.previous;
  task.run = nullptr;
  task.previous = task.next = nullptr;
}

int next_task_number()
{
  static int outside_run = 0;
  return ++(current_run != nullptr ? current_run->unnamed_tasks : outside_run);
}

}  // namespace detail
}  // namespace a2a
