#include "a2a/debug.hpp"

#include <algorithm>
#include <cstdlib>

namespace a2a {
namespace detail {

namespace {
thread_local std::optional<debug_options> next_run_options;
thread_local task_state* current_task = nullptr;
thread_local std::chrono::nanoseconds blocked_story_time{0};  // blocking_sleep's, this step
thread_local std::chrono::nanoseconds inner_steps_real{0};     // steps run inside this one
thread_local std::uint64_t notes_made = 0;

// One step of a task: from the moment its coroutine resumes to its next suspension. A step
// can run inside another's (a handler dispatched inline): each counts only its own time.
class step {
 public:
  explicit step(task_state* task)
      : task_(task),
        outer_(std::exchange(current_task, task)),
        outer_blocked_(std::exchange(blocked_story_time, std::chrono::nanoseconds(0))),
        outer_inner_real_(std::exchange(inner_steps_real, std::chrono::nanoseconds(0)))
  {
  }
  ~step()
  {
    std::chrono::nanoseconds real = std::chrono::steady_clock::now() - start_;
    auto own = real - inner_steps_real + blocked_story_time;
    current_task = outer_;
    blocked_story_time = outer_blocked_;
    inner_steps_real = outer_inner_real_ + real;
    auto* debug = current_debug();
    if (debug == nullptr || own <= debug->options.slow_step) return;
    ++debug->slow_steps;
    // In hundredths, rounded down: a step's own time includes a little real overhead (more
    // under a sanitizer), which must not change what is printed.
    auto hundredths = [](std::chrono::nanoseconds time) {
      return static_cast<double>(time.count() / 10'000'000) / 100;  // whole hundredths of a second
    };
    report(fmt::format("a2a debug: Task '{}' held the loop for {:.2f} s in one step (slow_step: {:.2f} s)",
                       task_->name(), hundredths(own), hundredths(debug->options.slow_step)));
  }
  step(const step&) = delete;
  step& operator=(const step&) = delete;

 private:
  task_state* task_;
  task_state* outer_;
  std::chrono::nanoseconds outer_blocked_, outer_inner_real_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// A task's executor in debug mode: its own, plus a note of which task runs each step and how
// long the step takes. Every resumption of the task's coroutine goes through execute().
class step_watch {
 public:
  step_watch(asio::any_io_executor inner, std::weak_ptr<task_state> task)
      : inner_(std::move(inner)), task_(std::move(task))
  {
  }

  template <typename Function>
  void execute(Function function) const
  {
    inner_.execute([function = std::move(function), task = task_]() mutable {
      auto alive = task.lock();  // the step may finish the task and drop its last owner
      if (!alive) return function();
      step watched(alive.get());
      function();
    });
  }

  template <typename Property>
    requires asio::can_query<const asio::any_io_executor&, Property>::value
  decltype(auto) query(const Property& property) const
  {
    return asio::query(inner_, property);
  }
  step_watch require(asio::execution::blocking_t::never_t never) const
  {
    return {asio::require(inner_, never), task_};
  }
  template <typename Property>
    requires asio::can_prefer<const asio::any_io_executor&, Property>::value
  step_watch prefer(const Property& property) const
  {
    return {asio::prefer(inner_, property), task_};
  }

  friend bool operator==(const step_watch& a, const step_watch& b) noexcept
  {
    return a.inner_ == b.inner_ && !a.task_.owner_before(b.task_) && !b.task_.owner_before(a.task_);
  }

 private:
  asio::any_io_executor inner_;
  std::weak_ptr<task_state> task_;
};
}  // namespace

debug_state::debug_state(debug_options options) : options(options), main(std::make_shared<task_state>("main"))
{
  main->started = true;
}

void debug_next_run(debug_options options)
{
  next_run_options = options;
}

std::unique_ptr<debug_state> debug_for_new_run()
{
  auto options = std::exchange(next_run_options, std::nullopt);
  const char* asked = std::getenv("A2A_DEBUG");
  if (!options && asked != nullptr && *asked != '\0' && std::string_view(asked) != "0") options.emplace();
  if (!options) return nullptr;
  return std::make_unique<debug_state>(*options);
}

bool debugging()
{
  return current_debug() != nullptr;
}

wait_note::wait_note(std::string what)
{
  auto* debug = current_debug();
  if (debug == nullptr || current_task == nullptr) return;
  id_ = ++notes_made;
  debug->waits.emplace(id_, std::pair(current_task, std::move(what)));
}

wait_note::~wait_note()
{
  if (auto* debug = current_debug(); debug != nullptr && id_ != 0) debug->waits.erase(id_);
}

void note_blocking(std::chrono::nanoseconds story_beyond_real)
{
  blocked_story_time += story_beyond_real;
}

asio::any_io_executor executor_for(asio::any_io_executor executor, std::shared_ptr<task_state> task)
{
  return step_watch(std::move(executor), std::move(task));
}

std::string describe(task_state& task)
{
  if (!task.started) return task.cancel_requested ? "cancelled before it started" : "not started yet";
  auto* debug = current_debug();
  std::string waits;
  if (debug != nullptr)
    for (auto& [id, wait] : debug->waits)
      if (wait.first == &task) waits += (waits.empty() ? "waits on " : " and ") + wait.second;
  if (&task == current_task) return waits.empty() ? "running (this list)" : "running (this list), and " + waits;
  if (debug == nullptr) return "waiting (A2A_DEBUG=1 shows on what)";
  return waits.empty() ? "waits on an Asio operation (a socket, a timer, a signal...)" : waits;
}

}  // namespace detail

std::vector<task_report> all_tasks()
{
  std::vector<task_report> reports;
  for (auto* task = detail::running_tasks(); task != nullptr; task = task->next)
    reports.push_back({task->name(), detail::describe(*task)});
  std::reverse(reports.begin(), reports.end());  // the list keeps the newest first
  return reports;
}

void print_all_tasks(std::FILE* to)
{
  auto tasks = all_tasks();
  fmt::print(to, "{} task{} not done:\n", tasks.size(), tasks.size() == 1 ? "" : "s");
  std::size_t width = 0;
  for (auto& task : tasks) width = std::max(width, task.name.size());
  for (auto& task : tasks) fmt::print(to, "  {:<{}}  {}\n", task.name, width, task.doing);
}

int slow_steps()
{
  auto* debug = detail::current_debug();
  return debug != nullptr ? debug->slow_steps : 0;
}

}  // namespace a2a
