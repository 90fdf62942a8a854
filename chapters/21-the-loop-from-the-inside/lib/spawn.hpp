// Step 4: spawn, the toy's asyncio.create_task. The task starts on the loop's next round and
// owns itself: a small coroutine awaits it and frees both frames at the end. There is no
// handle to await it or cancel it, which is what Asio's co_spawn(..., detached) gives too;
// and an exception that escapes it ends the program, for the toy has nowhere to keep it.
#pragma once
#include "awaiters.hpp"

#include <cstdio>
#include <exception>

namespace toy {

namespace detail {

struct self_owned {
  struct promise_type {
    self_owned get_return_object() noexcept { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }  // the frame frees itself
    void return_void() noexcept {}
    void unhandled_exception() noexcept
    {
      std::fputs("toy::spawn: a spawned task failed, and nobody can be told\n", stderr);
      std::terminate();
    }
  };
};

// Gives a coroutine its own handle, without suspending it.
struct own_handle {
  std::coroutine_handle<> handle;
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<> me) noexcept
  {
    handle = me;
    return false;  // carry on at once
  }
  std::coroutine_handle<> await_resume() const noexcept { return handle; }
};

inline self_owned run_on_its_own(task<> work)
{
  auto me = co_await own_handle{};
  auto& loop = running_loop();
  loop.adopt(me);
  co_await next_round{};
  co_await std::move(work);
  loop.release(me);
}

}  // namespace detail

inline void spawn(task<> work)
{
  detail::run_on_its_own(std::move(work));
}

}  // namespace toy
