// Step 3: the loop. asyncio's BaseEventLoop keeps `_ready`, the callbacks to run now, and
// `_scheduled`, a heap of timers; `_run_once` moves due timers to `_ready`, waits in its
// selector for I/O until the next timer, and runs what is ready. This loop is the same with
// coroutine handles for callbacks and epoll for the selector.
#pragma once
#include "task.hpp"

#include <chrono>
#include <coroutine>
#include <cstdint>
#include <deque>
#include <map>
#include <queue>
#include <set>
#include <vector>

namespace toy {

using clock = std::chrono::steady_clock;

class loop {
 public:
  loop();
  ~loop();
  loop(const loop&) = delete;
  loop& operator=(const loop&) = delete;

  void call_soon(std::coroutine_handle<> coroutine) { ready_.push_back(coroutine); }
  void call_at(clock::time_point when, std::coroutine_handle<> coroutine);
  // Resumes `coroutine` once `fd` can be read (or written). One waiter per fd and direction.
  void when_readable(int fd, std::coroutine_handle<> coroutine) { watch(fd, coroutine, true); }
  void when_writable(int fd, std::coroutine_handle<> coroutine) { watch(fd, coroutine, false); }

  // Spawned tasks the loop owns until they end (spawn.hpp): those still suspended when the
  // loop goes away are destroyed with it, as asyncio.run cancels what main left running.
  void adopt(std::coroutine_handle<> spawned) { spawned_.insert(spawned.address()); }
  void release(std::coroutine_handle<> spawned) { spawned_.erase(spawned.address()); }

  // asyncio.run(main()): runs the loop until `main` is done, and returns its value.
  template <typename T>
  T run(task<T> main);

 private:
  struct timer {
    clock::time_point when;
    std::uint64_t order;  // timers due at the same moment run in the order they were set
    std::coroutine_handle<> coroutine;
    bool operator>(const timer& other) const { return std::tie(when, order) > std::tie(other.when, other.order); }
  };
  struct watchers {
    std::coroutine_handle<> reader, writer;
  };

  void watch(int fd, std::coroutine_handle<> coroutine, bool reading);
  void run_once();
  void wait_for_io(int timeout_ms);

  std::deque<std::coroutine_handle<>> ready_;
  std::priority_queue<timer, std::vector<timer>, std::greater<>> timers_;
  std::uint64_t timers_set_ = 0;
  int epoll_fd_;
  std::map<int, watchers> watched_;
  std::set<void*> spawned_;
};

// The loop that is running on this thread (asyncio.get_running_loop()).
loop& running_loop();

namespace detail {
void set_running_loop(loop* running);
}

template <typename T>
T loop::run(task<T> main)
{
  detail::set_running_loop(this);
  call_soon(main.handle());
  while (!main.handle().done()) run_once();
  detail::set_running_loop(nullptr);
  return main.result();
}

}  // namespace toy
