// asyncio's debug mode and asyncio.all_tasks(), for chapter 18.
//
// a2a::all_tasks() lists the tasks a run() has not finished yet, by name, at any time: print
// it from a signal handler coroutine when a program seems stuck. Debug mode (A2A_DEBUG=1 in
// the environment, as PYTHONASYNCIODEBUG=1, or a2a::run(main, a2a::debug_options{})) adds
// what each one waits on, names the task whose step held the loop longer than `slow_step`,
// and names the tasks main left running. It costs a little on every step, so it is off
// unless asked for.
#pragma once
#include "a2a/run.hpp"
#include "a2a/task.hpp"

#include <cstdio>
#include <map>

namespace a2a {

struct debug_options {
  std::chrono::nanoseconds slow_step = std::chrono::milliseconds(100);  // asyncio's default too
};

struct task_report {
  std::string name;
  std::string doing;  // "waits on queue.get", "not started yet", ... (the waits: debug mode)
};

// asyncio.all_tasks(): the tasks of this thread's run() that are not done, oldest first.
std::vector<task_report> all_tasks();
void print_all_tasks(std::FILE* to = stderr);

// In debug mode: how many steps so far held the loop longer than slow_step.
int slow_steps();

namespace detail {
void debug_next_run(debug_options options);

// What a run() in debug mode keeps (run.cpp holds it; debug.cpp fills it).
struct debug_state {
  explicit debug_state(debug_options options);
  debug_options options;
  int slow_steps = 0;
  std::map<std::uint64_t, std::pair<const task_state*, std::string>> waits;  // by wait_note
  std::shared_ptr<task_state> main;  // main as a task, as asyncio.run() makes it one
};

// The debug state the next run() on this thread should have: null unless asked for.
std::unique_ptr<debug_state> debug_for_new_run();
debug_state* current_debug();  // run.cpp: the running run()'s, or null
task_state* running_tasks();   // run.cpp: its unfinished tasks, newest first (linked by `next`)
std::string describe(task_state& task);
}  // namespace detail

// asyncio.run(main(), debug=True)
template <typename T>
T run(asio::awaitable<T> main, debug_options options)
{
  detail::debug_next_run(options);
  return run(std::move(main));
}

}  // namespace a2a
