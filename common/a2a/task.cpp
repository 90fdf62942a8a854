#include "a2a/task.hpp"

namespace a2a {

namespace detail {

task_state::task_state(std::string given_name)
{
  if (given_name.empty()) number_ = next_task_number();
  else name_ = std::make_unique<std::string>(std::move(given_name));
  remember(*this);
}

namespace {
std::string message_of(const std::exception_ptr& error)
{
  try {
    std::rethrow_exception(error);
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
    return "an exception that is not a std::exception";
  }
}
}  // namespace

task_state::~task_state()
{
  forget(*this);
  // asyncio says "Task exception was never retrieved" for the same mistake.
  if (error && !retrieved && !reported && !is_cancellation(error))
    report(fmt::format("Task '{}' failed and nobody awaited it: {}", name(), message_of(error)));
}

const std::string& task_state::name()
{
  if (!name_) name_ = std::make_unique<std::string>(fmt::format("Task-{}", number_));
  return *name_;
}

void task_state::cancel()
{
  if (done) return;
  if (!started) {
    cancel_requested = true;  // it will never start (create_task)
    return;
  }
  stop.emit(asio::cancellation_type::all);
}

asio::steady_timer& task_state::finished(const asio::any_io_executor& executor)
{
  if (!finished_) finished_ = std::make_unique<asio::steady_timer>(executor, asio::steady_timer::time_point::max());
  return *finished_;
}

void task_state::finish(std::exception_ptr failure)
{
  done = true;
  error = std::move(failure);
  forget(*this);
  if (finished_) finished_->cancel();
  // Debug mode does not wait for the task to be gone: a program that hangs may never get there.
  else if (error && debugging() && !is_cancellation(error)) {
    report(fmt::format("a2a debug: Task '{}' failed and nobody is awaiting it: {}", name(), message_of(error)));
    reported = true;
  }
}

asio::awaitable<void> wait_until_done(std::shared_ptr<task_state> task)
{
  if (task->done) co_return;
  auto note = note_wait("Task '{}'", task->name());
  auto executor = co_await asio::this_coro::executor;
  co_await task->finished(executor).async_wait(asio::as_tuple(asio::use_awaitable));
  if (task->done) co_return;

  // We were cancelled while waiting: pass it on, then wait for the task to actually stop.
  task->cancel();
  co_await asio::this_coro::reset_cancellation_state();
  while (!task->done) co_await task->finished(executor).async_wait(asio::as_tuple(asio::use_awaitable));
  throw boost::system::system_error(asio::error::operation_aborted);
}

}  // namespace detail
}  // namespace a2a
