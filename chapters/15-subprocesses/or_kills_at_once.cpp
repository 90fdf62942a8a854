// The short way to put a time limit on a child: Boost.Process's async_execute, raced
// against a timer with ||. When the timer wins, || cancels async_execute, and cancelling it
// sends SIGKILL at once: the polite child never gets to clean up. (The cancellation type
// picks the signal: total sends SIGINT, partial SIGTERM, terminal SIGKILL; a coroutine
// passes on only terminal cancellation unless told otherwise.) For a graceful stop, write
// the sequence out, as stop_politely does.
#include "child.hpp"
#include "signal_children.hpp"

#include <boost/process/v2/execute.hpp>

using namespace std::chrono_literals;
using namespace asio::experimental::awaitable_operators;

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  child worker(executor, {"/proc/self/exe", "--child", "polite"});
  std::string said;
  co_await asio::async_read_until(worker.out, asio::dynamic_buffer(said), '\n', asio::use_awaitable);  // "ready"

  auto pid = worker.process.id();
  asio::steady_timer time_limit(executor, 100ms);
  auto first = co_await (bp::async_execute(std::move(worker.process), asio::use_awaitable) ||
                         time_limit.async_wait(asio::use_awaitable));
  fmt::print("{} won\n", first.index() == 0 ? "the child" : "the timer");
  said += co_await read_all(worker.out);  // all it wrote before it died: no "cleaning up"
  fmt::print("the child said: {}", said);
  fmt::print("it is gone: {}\n", ::kill(pid, 0) == -1 ? "yes" : "no");
}

int main(int argc, char** argv)
{
  if (auto code = child_main_if_asked(argc, argv)) return *code;
  a2a::run(async_main());
}
