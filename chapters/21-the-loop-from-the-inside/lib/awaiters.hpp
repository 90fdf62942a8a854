// Step 2: awaiters. `co_await x` asks x three things: await_ready() (done already? then
// do not suspend), await_suspend(h) (we are suspended: arrange for h.resume() later), and
// await_resume() (we are back: the value of the co_await). An awaiter that registers h with
// the loop is all a sleep or a socket wait is.
#pragma once
#include "loop.hpp"

namespace toy {

// asyncio.sleep(0): let everything else that is ready run first.
struct next_round {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> me) const { running_loop().call_soon(me); }
  void await_resume() const noexcept {}
};

// asyncio.sleep(how_long): a timer in the loop's heap.
struct sleep_for {
  clock::duration how_long;
  bool await_ready() const noexcept { return how_long <= clock::duration::zero(); }
  void await_suspend(std::coroutine_handle<> me) const { running_loop().call_at(clock::now() + how_long, me); }
  void await_resume() const noexcept {}
};

// loop.call_at(when): a timer for a moment rather than for a length of time. A moment
// already past still goes through the heap, so sleepers wake in the order of their
// deadlines whenever they started.
struct sleep_until {
  clock::time_point when;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> me) const { running_loop().call_at(when, me); }
  void await_resume() const noexcept {}
};

// The selector's part: resume when the (non-blocking) descriptor can be read or written.
struct readable {
  int fd;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> me) const { running_loop().when_readable(fd, me); }
  void await_resume() const noexcept {}
};

struct writable {
  int fd;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> me) const { running_loop().when_writable(fd, me); }
  void await_resume() const noexcept {}
};

}  // namespace toy
