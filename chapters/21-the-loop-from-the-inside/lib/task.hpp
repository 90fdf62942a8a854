// Step 1: a coroutine type from nothing. What the compiler asks of `task<T>` when a function
// returning it contains co_await or co_return: a promise_type, which says how the coroutine
// starts (suspended: it runs when awaited or spawned), how it ends (it hands control to
// whoever awaited it), and where its value or exception goes.
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace toy {

// Where a coroutine's co_return puts its value: return_value, or return_void for task<void>
// (a promise may have one of the two, not both).
template <typename T>
struct result_slot {
  std::optional<T> value;
  template <typename U>
  void return_value(U&& result) { value.emplace(std::forward<U>(result)); }
  T take() { return std::move(*value); }
};

template <>
struct result_slot<void> {
  void return_void() {}
  void take() {}
};

template <typename T = void>
class task {
 public:
  struct promise_type : result_slot<T> {
    std::exception_ptr error;
    std::coroutine_handle<> continuation = std::noop_coroutine();  // who awaits us

    task get_return_object() { return task(std::coroutine_handle<promise_type>::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }  // lazy, like asio::awaitable

    // At the end, resume the awaiter by returning its handle: symmetric transfer. The
    // compiler jumps there instead of calling it, so a chain of a million awaits uses no
    // more stack than one (long_chain shows what the naive way costs).
    struct final_awaiter {
      bool await_ready() noexcept { return false; }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> self) noexcept
      {
        return self.promise().continuation;
      }
      void await_resume() noexcept {}
    };
    final_awaiter final_suspend() noexcept { return {}; }

    void unhandled_exception() { error = std::current_exception(); }
  };

  explicit task(std::coroutine_handle<promise_type> handle) : handle_(handle) {}
  task(task&& other) noexcept : handle_(std::exchange(other.handle_, {})) {}
  task& operator=(task&&) = delete;
  ~task()
  {
    if (handle_) handle_.destroy();  // the frame: allocated when the coroutine was called
  }

  // co_await a task: remember who waits, then start the task by transferring to it.
  auto operator co_await() noexcept
  {
    struct awaiter {
      std::coroutine_handle<promise_type> handle;
      bool await_ready() noexcept { return false; }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<> waiting) noexcept
      {
        handle.promise().continuation = waiting;
        return handle;
      }
      T await_resume() { return result_of(handle); }
    };
    return awaiter{handle_};
  }

  std::coroutine_handle<promise_type> handle() const { return handle_; }

  // The value of a finished task (or its exception, thrown), for whoever ran it without
  // awaiting it: loop::run.
  T result() { return result_of(handle_); }

 private:
  static T result_of(std::coroutine_handle<promise_type> finished)
  {
    if (finished.promise().error) std::rethrow_exception(finished.promise().error);
    return finished.promise().take();
  }

  std::coroutine_handle<promise_type> handle_;
};

}  // namespace toy
