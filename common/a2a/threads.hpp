// asyncio.to_thread and loop.run_in_executor: run a blocking function on a pool of threads
// and await it. The function's value, or its exception, comes back to the awaiting
// coroutine on the loop's own thread.
//
// Built from asio::thread_pool and co_spawn: co_spawn runs a coroutine on the pool's
// executor and completes on the awaiting coroutine's executor, which is what carries the
// result back across threads.
#pragma once
#include "a2a/instruments/story_clock.hpp"
#include "a2a/waiters.hpp"

#include <atomic>
#include <functional>
#include <thread>

namespace a2a {

struct pool_shut_down : std::runtime_error {
  pool_shut_down() : std::runtime_error("the thread pool is shut down") {}
};

// concurrent.futures.ThreadPoolExecutor, for coroutines.
class thread_pool {
 public:
  explicit thread_pool(std::size_t threads) : pool_(threads), flags_(std::make_shared<flags>()) {}
  ~thread_pool()
  {
    flags_->closed = true;
    pool_.join();
  }
  thread_pool(const thread_pool&) = delete;
  thread_pool& operator=(const thread_pool&) = delete;

  // await loop.run_in_executor(pool, fn): fn() runs on one of the pool's threads while the
  // awaiting coroutine is suspended. Cancelling the awaiting coroutine cannot stop fn once
  // it runs: the coroutine gets operation_aborted when fn has returned.
  template <typename F>
  asio::awaitable<std::invoke_result_t<F&>> run(F fn)
  {
    using result_type = std::invoke_result_t<F&>;
    if (flags_->closed) throw pool_shut_down();
    in_flight_guard guard(*this);

    std::optional<detail::value_of<result_type>> result;
    auto handed_over = detail::story_time();
    auto job = [&fn, &result, handed_over, flags = flags_]() -> asio::awaitable<void> {
      if (flags->cancel_pending) throw pool_shut_down();  // never started
      detail::job_clock clock(handed_over);
      if constexpr (std::is_void_v<result_type>) {
        fn();
        result.emplace();
      } else {
        result.emplace(fn());
      }
      co_return;
    };
    auto note = detail::note_wait("a pool thread (to_thread)");
    co_await asio::co_spawn(pool_.get_executor(), job, asio::use_awaitable);
    if constexpr (!std::is_void_v<result_type>) co_return std::move(*result);
  }

  // executor.shutdown(wait=True, cancel_futures=cancel_pending): no new work is accepted;
  // with cancel_pending, work that has not started yet fails with pool_shut_down instead of
  // running. Returns once nothing is running any more.
  asio::awaitable<void> shutdown(bool cancel_pending = false);

  std::size_t in_flight() const { return in_flight_; }

 private:
  struct flags {
    std::atomic<bool> closed{false};
    std::atomic<bool> cancel_pending{false};
  };

  // Counts the work submitted from the loop's thread and not yet back there.
  struct in_flight_guard {
    explicit in_flight_guard(thread_pool& p) : pool(p) { ++pool.in_flight_; }
    ~in_flight_guard()
    {
      if (--pool.in_flight_ == 0) pool.idle_.wake_all();
    }
    thread_pool& pool;
  };

  asio::thread_pool pool_;
  std::shared_ptr<flags> flags_;
  std::size_t in_flight_ = 0;
  detail::waiter_list idle_;
};

namespace detail {
// The pool to_thread() uses: created on first use, as many threads as Python's default
// executor (cores + 4, at most 32).
thread_pool& default_pool();
}  // namespace detail

// await asyncio.to_thread(fn, *args)
template <typename F, typename... Args>
auto to_thread(F fn, Args... args)
{
  return detail::default_pool().run(
      [fn = std::move(fn), ... args = std::move(args)]() mutable { return std::invoke(fn, args...); });
}

}  // namespace a2a
