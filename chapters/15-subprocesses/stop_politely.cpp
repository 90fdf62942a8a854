// A time limit around a child, and a polite stop when it is up: SIGTERM, a grace period in
// which the child may clean up and exit, then SIGKILL (stop() in lib/child.cpp). Python's
// proc.terminate(), wait_for(proc.wait(), grace), proc.kill().
//
// Children run in real time, not in the examples' story time, so the timers here are
// plain asio::steady_timers: 100 ms to finish, 300 ms of grace.
#include "child.hpp"
#include "signal_children.hpp"

#include <sys/wait.h>

using namespace std::chrono_literals;
using namespace asio::experimental::awaitable_operators;

asio::awaitable<void> run_with_time_limit(std::string kind)
{
  auto executor = co_await asio::this_coro::executor;
  child worker(executor, {"/proc/self/exe", "--child", kind});
  std::vector<std::string> said;
  a2a::event ready;  // its first line: from now on a SIGTERM meets its own handling
  auto listening = a2a::create_task(executor, for_each_line(worker.out, [&](std::string_view line) {
    said.emplace_back(line);
    ready.set();
  }));
  co_await ready.wait();

  asio::steady_timer time_limit(executor, 100ms);
  auto first = co_await (worker.process.async_wait(asio::use_awaitable) || time_limit.async_wait(asio::use_awaitable));
  if (first.index() == 0) {
    fmt::print("{}: finished in time\n", kind);
  } else {
    fmt::print("{}: still running after 100 ms; SIGTERM, then up to 300 ms of grace\n", kind);
    fmt::print("{}: {}\n", kind, describe(co_await stop(worker.process, 300ms)));
  }
  co_await listening.get();  // the child's stdout is closed now: the reader has seen its end
  fmt::print("{} said: {}\n", kind, fmt::join(said, ", "));
}

asio::awaitable<void> async_main()
{
  co_await run_with_time_limit("polite");
  co_await run_with_time_limit("stubborn");
  bool children_left = ::waitpid(-1, nullptr, WNOHANG) != -1;
  fmt::print("zombies or children left: {}\n", children_left ? "yes" : "none");
}

int main(int argc, char** argv)
{
  if (auto code = child_main_if_asked(argc, argv)) return *code;
  a2a::run(async_main());
}
