// run(): asyncio.run(). Makes an event loop (an io_context), runs `main` on it until it
// finishes, cancels the tasks main left running and waits for them to stop, then returns
// main's value or rethrows its exception.
#pragma once
#include "a2a/clock.hpp"
#include "a2a/task.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>

#include <exception>
#include <optional>

namespace a2a {

namespace detail {
struct run_record;

// One run(): a fresh story clock, its sleepers, and the tasks it started.
class run_scope {
 public:
  explicit run_scope(asio::io_context& loop);
  ~run_scope();
  run_scope(const run_scope&) = delete;
  run_scope& operator=(const run_scope&) = delete;

  // io_context::run(), except that sleepers wake only when nothing else is ready.
  void drive();
  void cancel_remaining_tasks();

 private:
  run_record* record_;
  run_record* previous_;
};
}  // namespace detail

template <typename T>
T run(asio::awaitable<T> main)
{
  asio::io_context loop;
  detail::run_scope scope(loop);
  std::optional<detail::value_of<T>> result;
  std::exception_ptr failure;

  asio::co_spawn(loop, detail::store_result(std::move(main), result), [&](std::exception_ptr e) {
    failure = e;
    scope.cancel_remaining_tasks();
  });
  scope.drive();

  if (failure) std::rethrow_exception(failure);
  if constexpr (!std::is_void_v<T>) return std::move(*result);
}

}  // namespace a2a
