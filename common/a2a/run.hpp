// asyncio.run() and asyncio.sleep().
//
// run(main) makes an event loop (an io_context), runs `main` on it until it finishes, cancels
// the tasks (a2a::create_task) that main left running and waits for them to stop, then
// returns main's value or rethrows its exception. Work started with plain asio::co_spawn is
// not a task it knows: that runs to its end, and run() returns once it has.
#pragma once
#include "a2a/core.hpp"
#include "a2a/instruments/story_clock.hpp"

namespace a2a {

namespace detail {
struct run_record;

// One run(): a fresh story clock, its sleepers, and the tasks it started.
class run_scope {
 public:
  explicit run_scope(asio::io_context& loop);  // throws if this thread is inside a run() already
  ~run_scope();
  run_scope(const run_scope&) = delete;
  run_scope& operator=(const run_scope&) = delete;

  void drive();  // io_context::run(), except that sleepers wake only when nothing else is ready
  void cancel_remaining_tasks();
  asio::any_io_executor main_executor();  // the loop's (chapter 18's debug mode watches it)

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

  asio::co_spawn(scope.main_executor(), detail::store_result(std::move(main), result), [&](std::exception_ptr e) {
    failure = e;
    scope.cancel_remaining_tasks();
  });
  scope.drive();

  if (failure) std::rethrow_exception(failure);
  if constexpr (!std::is_void_v<T>) return std::move(*result);
}

// asyncio.sleep() as an Asio operation: it takes any completion token, like Asio's own async_
// functions (chapter 02 awaits it with use_awaitable, chapter 08's generators with deferred).
template <typename CompletionToken>
auto async_sleep(std::chrono::nanoseconds how_long, CompletionToken&& token)
{
  return asio::async_initiate<CompletionToken, void(boost::system::error_code)>(
      [](auto wake_up, std::chrono::nanoseconds how_long) {
        asio::any_io_executor executor = asio::get_associated_executor(wake_up);
        detail::start_sleep(how_long, detail::wake_round::ordinary, executor, std::move(wake_up));
      },
      token, how_long);
}

// await asyncio.sleep(seconds): suspends this coroutine only; the rest of the program runs on.
asio::awaitable<void> sleep(std::chrono::nanoseconds how_long);

// Any other duration too, fractional ones included: a2a::sleep(1.5s).
template <typename Rep, typename Period>
asio::awaitable<void> sleep(std::chrono::duration<Rep, Period> how_long)
{
  return sleep(std::chrono::round<std::chrono::nanoseconds>(how_long));
}

}  // namespace a2a
