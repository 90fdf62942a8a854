// wait() and as_completed(): asyncio.wait and asyncio.as_completed.
//
// Asio's make_parallel_group already waits for all, the first, or the first error, but it
// cancels the operations it stops waiting for. asyncio.wait leaves them running and hands
// them back as `pending`; a2a::wait does the same with a2a::Tasks.
// a2a::as_completed hands out results in the order they finish, each the moment it arrives,
// through an Asio channel that every operation drops its outcome into.
#pragma once
#include "a2a/task.hpp"

#include <boost/asio/experimental/channel.hpp>

#include <list>

namespace a2a {

// asyncio.ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION.
enum class return_when { all_completed, first_completed, first_exception };

template <typename T>
struct wait_result {
  std::vector<Task<T>> done;     // in the order they were given (Python: an unordered set)
  std::vector<Task<T>> pending;  // still running; nobody cancelled them
};

namespace detail {

struct task_access {
  template <typename T>
  static std::shared_ptr<task_state> state(const Task<T>& task)
  {
    return task.state_;
  }
};

// Suspends until `when` holds for `tasks`. Cancelling the waiter does not cancel the tasks.
asio::awaitable<void> wait_until(std::vector<std::shared_ptr<task_state>> tasks, return_when when);

}  // namespace detail

// done, pending = await asyncio.wait(tasks, return_when=...)
template <typename T>
asio::awaitable<wait_result<T>> wait(std::vector<Task<T>> tasks,
                                     return_when when = return_when::all_completed)
{
  std::vector<std::shared_ptr<detail::task_state>> states;
  for (const auto& task : tasks) states.push_back(detail::task_access::state(task));
  co_await detail::wait_until(std::move(states), when);

  wait_result<T> result;
  for (auto& task : tasks) (task.done() ? result.done : result.pending).push_back(std::move(task));
  co_return result;
}

// for aw in asyncio.as_completed(work): result = await aw
//
//   a2a::as_completed arrivals(executor, std::move(work));
//   while (auto result = co_await arrivals.next()) ...
//
// All of `work` starts at once. next() gives the next result to arrive (rethrowing that
// operation's exception, if it failed), or nullopt once every result has been handed out.
// Destroying it early cancels whatever is still running.
template <typename T>
class as_completed {
 public:
  as_completed(asio::any_io_executor executor, std::vector<asio::awaitable<T>> work)
      : remaining_(work.size()), shared_(std::make_shared<shared>(executor, work.size()))
  {
    for (auto& operation : work) {
      auto& stop = shared_->stops.emplace_back();
      asio::co_spawn(executor, deliver(std::move(operation), shared_),
                     asio::bind_cancellation_slot(stop.slot(), asio::detached));
    }
  }

  ~as_completed()
  {
    for (auto& stop : shared_->stops) stop.emit(asio::cancellation_type::all);
  }

  as_completed(const as_completed&) = delete;
  as_completed& operator=(const as_completed&) = delete;

  asio::awaitable<std::optional<detail::value_of<T>>> next()
  {
    if (remaining_ == 0) co_return std::nullopt;
    auto arrived = co_await shared_->arrivals.async_receive(asio::use_awaitable);
    --remaining_;
    if (auto* error = std::get_if<std::exception_ptr>(&arrived)) std::rethrow_exception(*error);
    co_return std::get<0>(std::move(arrived));
  }

 private:
  using outcome = std::variant<detail::value_of<T>, std::exception_ptr>;
  using channel = asio::experimental::channel<void(boost::system::error_code, outcome)>;

  struct shared {
    shared(asio::any_io_executor executor, std::size_t capacity) : arrivals(executor, capacity) {}
    channel arrivals;  // room for every result, so delivering one never waits
    std::list<asio::cancellation_signal> stops;
  };

  static asio::awaitable<void> deliver(asio::awaitable<T> work, std::shared_ptr<shared> to)
  {
    std::optional<outcome> result;
    try {
      if constexpr (std::is_void_v<T>) {
        co_await std::move(work);
        result.emplace(std::monostate{});
      } else {
        result.emplace(std::in_place_index<0>, co_await std::move(work));
      }
    } catch (...) {
      result.emplace(std::current_exception());
    }
    to->arrivals.try_send(boost::system::error_code{}, std::move(*result));
  }

  std::size_t remaining_;
  std::shared_ptr<shared> shared_;
};

}  // namespace a2a
