#include "a2a/task.hpp"

namespace a2a {

namespace detail {

task_state::task_state(asio::any_io_executor executor, std::string task_name)
    : name(std::move(task_name)),
      finished(executor, asio::steady_timer::time_point::max())
{
}

task_state::~task_state()
{
  // asyncio says "Task exception was never retrieved" for the same mistake.
  if (error && !retrieved && !is_cancellation(error)) {
    try {
      std::rethrow_exception(error);
    } catch (const std::exception& e) {
      fmt::print(stderr, "Task '{}' failed and nobody awaited it: {}\n", name, e.what());
    } catch (...) {
      fmt::print(stderr, "Task '{}' failed and nobody awaited it\n", name);
    }
  }
}

void task_state::finish(std::exception_ptr failure)
{
  done = true;
  error = std::move(failure);
  finished.cancel();
}

asio::awaitable<void> wait_until_done(std::shared_ptr<task_state> task)
{
  if (task->done) co_return;
  co_await task->finished.async_wait(asio::as_tuple(asio::use_awaitable));
  if (task->done) co_return;

  // We were cancelled while waiting: pass it on, then wait for the task to actually stop.
  task->cancel();
  co_await asio::this_coro::reset_cancellation_state();
  while (!task->done) co_await task->finished.async_wait(asio::as_tuple(asio::use_awaitable));
  throw boost::system::system_error(asio::error::operation_aborted);
}

}  // namespace detail
}  // namespace a2a
