// Task<T>: asyncio.create_task(). The coroutine starts on its own as soon as its creator next
// waits for something, runs alongside it, and can be awaited later (any number of times),
// cancelled, and named.
//
// Built from plain Asio: post() holds the start back until the creator yields, co_spawn runs
// the coroutine, and a cancellation_signal bound to it stops it. Beside the coroutine's own
// frame a task costs one small shared state: its name is made only when asked for, and the
// timer its waiters sleep on only when somebody waits before it is done.
#pragma once
#include "a2a/core.hpp"

namespace a2a {

namespace detail {
struct run_record;

// What every Task shares, whatever its T.
struct task_state {
  explicit task_state(std::string given_name);
  virtual ~task_state();
  task_state(const task_state&) = delete;
  task_state& operator=(const task_state&) = delete;

  void finish(std::exception_ptr failure);
  void cancel();
  const std::string& name();  // the given one, or "Task-N"
  // The timer waiters sleep on: it never expires, finish() cancels it to wake them all.
  asio::steady_timer& finished(const asio::any_io_executor& executor);

  bool started = false, cancel_requested = false, done = false, retrieved = false, reported = false;
  std::exception_ptr error;
  asio::cancellation_signal stop;

  // The run() that started it keeps its running tasks in a list, to cancel them at the end.
  run_record* run = nullptr;
  task_state *previous = nullptr, *next = nullptr;

 private:
  std::unique_ptr<std::string> name_;  // 8 bytes, not a std::string's 32, in every task
  int number_ = 0;
  std::unique_ptr<asio::steady_timer> finished_;
};

// Waits until the task is done. If the waiter itself is cancelled, the task is cancelled too
// (as in Python, awaiting a task ties it to you) and the waiter rethrows once it has stopped.
asio::awaitable<void> wait_until_done(std::shared_ptr<task_state> task);

// Lets the runtime's other parts (a2a::wait) reach a Task's shared state.
struct task_access;

// A run() (run.cpp) keeps its unfinished tasks in a list, to cancel them when main is done,
// and numbers the unnamed ones. A task joins the list when made and leaves it when done.
void remember(task_state& task);
void forget(task_state& task);
int next_task_number();

// The executor a task's coroutine runs on: `executor` itself, or in chapter 18's debug mode
// one that also notes which task runs each step and how long the step takes (debug.cpp).
asio::any_io_executor executor_for(asio::any_io_executor executor, std::shared_ptr<task_state> task);

}  // namespace detail

template <typename T>
class Task {
 public:
  // await task: waits for the task and returns its value, or rethrows its exception.
  asio::awaitable<T> get() const
  {
    if (!state_->done) co_await detail::wait_until_done(state_);
    state_->retrieved = true;
    if (state_->error) std::rethrow_exception(state_->error);
    if constexpr (!std::is_void_v<T>) co_return *state_->value;
  }

  // task.cancel(): the co_await the task is suspended in throws operation_aborted; a task
  // that has not started yet never starts.
  void cancel() const { state_->cancel(); }
  bool done() const { return state_->done; }
  const std::string& name() const { return state_->name(); }

 private:
  struct state : detail::task_state {
    using task_state::task_state;
    std::optional<detail::value_of<T>> value;
  };

  explicit Task(std::shared_ptr<state> s) : state_(std::move(s)) {}
  std::shared_ptr<state> state_;
  friend struct detail::task_access;

  template <typename U>
  friend Task<U> create_task(asio::any_io_executor, asio::awaitable<U>, std::string);
};

template <typename T>
Task<T> create_task(asio::any_io_executor executor, asio::awaitable<T> work, std::string name = {})
{
  auto task = std::make_shared<typename Task<T>::state>(std::move(name));
  // co_spawn alone would run the coroutine at once, inside this call: asyncio starts a task
  // only when its creator yields, and a task cancelled before that never runs at all.
  asio::post(executor, [executor, task, work = std::move(work)]() mutable {
    if (task->cancel_requested) {
      task->finish(std::make_exception_ptr(boost::system::system_error(asio::error::operation_aborted)));
      return;
    }
    task->started = true;
    auto slot = task->stop.slot();
    if (detail::debugging()) executor = detail::executor_for(std::move(executor), task);
    if constexpr (std::is_void_v<T> || std::is_default_constructible_v<T>) {  // co_spawn's need
      asio::co_spawn(std::move(executor), std::move(work),
                     asio::bind_cancellation_slot(slot, [task = std::move(task)](std::exception_ptr e, auto... value) {
                       if constexpr (sizeof...(value) > 0)
                         if (!e) task->value.emplace(std::move(value)...);
                       task->finish(e);
                     }));
    } else {
      auto& value = task->value;
      asio::co_spawn(std::move(executor), detail::store_result(std::move(work), value),
                     asio::bind_cancellation_slot(slot, [task = std::move(task)](std::exception_ptr e) { task->finish(e); }));
    }
  });
  return Task<T>(task);
}

}  // namespace a2a
