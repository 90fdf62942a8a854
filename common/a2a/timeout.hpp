// Timeouts and clean-up: asyncio.wait_for / asyncio.timeout, and try/finally for coroutines.
#pragma once
#include "a2a/run.hpp"

namespace a2a {

// asyncio.TimeoutError.
struct timeout_error : std::runtime_error {
  timeout_error() : std::runtime_error("timed out") {}
};

namespace detail {
// a2a::sleep, except that it wakes after everything else due at the same moment.
asio::awaitable<void> sleep_until_deadline(std::chrono::nanoseconds how_long);
}  // namespace detail

// asyncio.wait_for(work, limit), and the body of `async with asyncio.timeout(limit)`.
// Returns work's value if it finishes within `limit`, finishing exactly at the limit included
// (Python's timeout wins that tie; see chapter 06). Otherwise work is cancelled, and once it
// has stopped (its clean-up done) timeout_error is thrown. It is Asio's make_parallel_group
// with wait_for_one: unlike `work || a2a::sleep(limit)`, which waits for the first *success*,
// an exception from work comes back at once.
template <typename T>
asio::awaitable<T> wait_for(asio::awaitable<T> work, std::chrono::nanoseconds limit)
{
  auto executor = co_await asio::this_coro::executor;
  std::optional<detail::value_of<T>> result;
  auto [order, work_error, deadline_error] =
      co_await asio::experimental::make_parallel_group(
          asio::co_spawn(executor, detail::store_result(std::move(work), result), asio::deferred),
          asio::co_spawn(executor, detail::sleep_until_deadline(limit), asio::deferred))
          .async_wait(asio::experimental::wait_for_one(), asio::use_awaitable);

  bool deadline_passed = order[0] == 1 && !deadline_error;
  if (deadline_passed) throw timeout_error();
  if (work_error) std::rethrow_exception(work_error);
  if constexpr (!std::is_void_v<T>) co_return std::move(*result);
}

namespace detail {
// The clean-up protocol of try_finally, async_with and condition::wait. C++ cannot co_await
// inside a catch block, and once a coroutine is cancelled each co_await throws at once (so a
// helper awaited after the body could not even start). So this runs the body itself, keeps
// its exception, resets the cancellation state, runs clean_up(exception) to its end even if a
// cancellation (a timeout) arrives meanwhile, and then rethrows.
template <typename T, typename CleanUp>
asio::awaitable<T> with_clean_up(asio::awaitable<T> body, CleanUp clean_up)
{
  std::optional<value_of<T>> result;
  std::exception_ptr failure;
  try {
    co_await store_result(std::move(body), result);
  } catch (...) {
    failure = std::current_exception();
  }
  co_await asio::this_coro::reset_cancellation_state();
  co_await run_to_end(clean_up(failure));

  if (failure) std::rethrow_exception(failure);
  if constexpr (!std::is_void_v<T>) co_return std::move(*result);
}
}  // namespace detail

// Python's try/finally: `try: return await body` / `finally: await cleanup`.
template <typename T>
asio::awaitable<T> try_finally(asio::awaitable<T> body, asio::awaitable<void> cleanup)
{
  return detail::with_clean_up(std::move(body), [cleanup = std::move(cleanup)](std::exception_ptr) mutable {
    return std::move(cleanup);
  });
}

}  // namespace a2a
