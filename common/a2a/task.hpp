// Task<T>: asyncio.create_task(). The coroutine starts on its own as soon as its creator next
// waits for something, runs alongside it, and can be awaited later (any number of times),
// cancelled, and named.
//
// Built from plain Asio: co_spawn starts the coroutine, a cancellation_signal bound to it
// stops it, and a timer that never expires is the "finished" event its waiters sleep on.
#pragma once
#include "a2a/core.hpp"

namespace a2a {

namespace detail {

// A task's body. Like asyncio, it starts only once its creator yields (co_spawn alone would
// start it at once), and a task cancelled before that never runs at all.
template <typename T>
asio::awaitable<void> start_later(asio::awaitable<T> work, std::optional<value_of<T>>& slot)
{
  co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable);
  co_await throw_if_cancelled();
  co_await store_result(std::move(work), slot);
}

// What every Task shares, whatever its T.
struct task_state {
  task_state(asio::any_io_executor executor, std::string name);
  virtual ~task_state();

  void finish(std::exception_ptr failure);
  void cancel() { stop.emit(asio::cancellation_type::all); }

  std::string name;
  bool done = false;
  bool retrieved = false;
  std::exception_ptr error;
  asio::steady_timer finished;  // never expires: finish() cancels it to wake every waiter
  asio::cancellation_signal stop;
};

// Waits until the task is done. If the waiter itself is cancelled, the task is cancelled too
// (as in Python, awaiting a task ties it to you) and the waiter rethrows once it has stopped.
asio::awaitable<void> wait_until_done(std::shared_ptr<task_state> task);

// Lets the runtime's other parts (a2a::wait) reach a Task's shared state.
struct task_access;

// create_task() records each task with its run() (run.cpp), which cancels those still running
// at the end, and numbers the unnamed ones.
void remember(const std::shared_ptr<task_state>& task);
std::string next_task_name();

}  // namespace detail

template <typename T>
class Task {
 public:
  // await task: waits for the task and returns its value, or rethrows its exception.
  asio::awaitable<T> get() const
  {
    co_await detail::wait_until_done(state_);
    state_->retrieved = true;
    if (state_->error) std::rethrow_exception(state_->error);
    if constexpr (!std::is_void_v<T>) co_return *state_->value;
  }

  // task.cancel(): the co_await the task is suspended in throws operation_aborted.
  void cancel() const { state_->cancel(); }
  bool done() const { return state_->done; }
  const std::string& name() const { return state_->name; }

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
  auto task = std::make_shared<typename Task<T>::state>(
      executor, name.empty() ? detail::next_task_name() : std::move(name));
  detail::remember(task);
  asio::co_spawn(executor, detail::start_later(std::move(work), task->value),
                 asio::bind_cancellation_slot(task->stop.slot(), [task](std::exception_ptr e) {
                   task->finish(e);
                 }));
  return Task<T>(task);
}

}  // namespace a2a
