#include "loop.hpp"

#include <sys/epoll.h>
#include <unistd.h>

#include <stdexcept>
#include <system_error>
#include <tuple>

namespace toy {

namespace {
thread_local loop* current = nullptr;
}

loop& running_loop()
{
  if (!current) throw std::logic_error("no toy loop is running on this thread");
  return *current;
}

void detail::set_running_loop(loop* running)
{
  current = running;
}

loop::loop() : epoll_fd_(epoll_create1(EPOLL_CLOEXEC))
{
  if (epoll_fd_ < 0) throw std::system_error(errno, std::generic_category(), "epoll_create1");
}

loop::~loop()
{
  for (void* spawned : spawned_) std::coroutine_handle<>::from_address(spawned).destroy();
  close(epoll_fd_);
}

void loop::call_at(clock::time_point when, std::coroutine_handle<> coroutine)
{
  timers_.push({when, timers_set_++, coroutine});
}

void loop::watch(int fd, std::coroutine_handle<> coroutine, bool reading)
{
  auto [place, added] = watched_.try_emplace(fd);
  (reading ? place->second.reader : place->second.writer) = coroutine;
  epoll_event event{};
  event.events = (place->second.reader ? EPOLLIN : 0u) | (place->second.writer ? EPOLLOUT : 0u);
  event.data.fd = fd;
  if (epoll_ctl(epoll_fd_, added ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, &event) != 0)
    throw std::system_error(errno, std::generic_category(), "epoll_ctl");
}

// asyncio's _run_once: due timers become ready; if nothing is ready, wait for I/O until the
// next timer; then run what was ready at that point (what those add waits for the next round).
void loop::run_once()
{
  auto now = clock::now();
  while (!timers_.empty() && timers_.top().when <= now) {
    ready_.push_back(timers_.top().coroutine);
    timers_.pop();
  }
  if (ready_.empty()) {
    if (timers_.empty() && watched_.empty()) throw std::logic_error("deadlock: nothing can ever wake the main task");
    int timeout_ms = -1;
    if (!timers_.empty()) {
      auto wait = std::chrono::ceil<std::chrono::milliseconds>(timers_.top().when - now);
      timeout_ms = static_cast<int>(wait.count());
    }
    wait_for_io(timeout_ms);
    return;  // the next round moves the timers that came due meanwhile
  }
  for (auto count = ready_.size(); count > 0; --count) {
    auto coroutine = ready_.front();
    ready_.pop_front();
    coroutine.resume();
  }
}

void loop::wait_for_io(int timeout_ms)
{
  epoll_event events[64];
  int count = epoll_wait(epoll_fd_, events, 64, timeout_ms);
  if (count < 0 && errno != EINTR) throw std::system_error(errno, std::generic_category(), "epoll_wait");
  for (int i = 0; i < count; ++i) {
    int fd = events[i].data.fd;
    auto& waiting = watched_[fd];
    if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR) && waiting.reader) ready_.push_back(std::exchange(waiting.reader, {}));
    if (events[i].events & (EPOLLOUT | EPOLLHUP | EPOLLERR) && waiting.writer) ready_.push_back(std::exchange(waiting.writer, {}));
    if (!waiting.reader && !waiting.writer) {  // nobody waits on it any more
      epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, fd, nullptr);
      watched_.erase(fd);
    } else {
      epoll_event still{};
      still.events = (waiting.reader ? EPOLLIN : 0u) | (waiting.writer ? EPOLLOUT : 0u);
      still.data.fd = fd;
      epoll_ctl(epoll_fd_, EPOLL_CTL_MOD, fd, &still);
    }
  }
}

}  // namespace toy
