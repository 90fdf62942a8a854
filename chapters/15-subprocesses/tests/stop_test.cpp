// Stopping children: the polite sequence, what || does to async_execute, no zombies. The
// children are stop_politely's own.
#include "testing.hpp"

#include "child.hpp"

#include <boost/process/v2/execute.hpp>

#include <sys/wait.h>

using namespace std::chrono_literals;
using namespace asio::experimental::awaitable_operators;

namespace {
std::string program(const char* name)
{
  const char* programs = std::getenv("A2A_PROGRAMS");  // set by CTest
  REQUIRE(programs != nullptr);
  return std::string(programs) + "/" + name;
}

struct stopped {
  int returncode;
  std::string said;
  bool reaped;
};

// Starts a signal child, waits for its "ready", stops it with stop(), grace as given.
stopped stop_child(const std::string& kind, std::chrono::milliseconds grace)
{
  return a2a::run([&]() -> asio::awaitable<stopped> {
    auto executor = co_await asio::this_coro::executor;
    child c(executor, {program("stop_politely"), "--child", kind});
    std::string said;
    auto pid = c.process.id();
    co_await asio::async_read_until(c.out, asio::dynamic_buffer(said), '\n', asio::use_awaitable);
    int code = co_await stop(c.process, grace);
    said += co_await read_all(c.out);
    bool reaped = ::waitpid(pid, nullptr, WNOHANG) == -1 && errno == ECHILD;
    co_return stopped{code, said, reaped};
  }());
}
}  // namespace

TEST_CASE("stop(): a child that handles SIGTERM cleans up and exits 0 within the grace period")
{
  auto result = stop_child("polite", 30s);  // it takes microseconds; the grace is never used up
  CHECK(result.returncode == 0);
  CHECK(result.said == "ready\ncleaning up\n");
  CHECK(result.reaped);
}

TEST_CASE("stop(): a child that ignores SIGTERM is killed when the grace period is over, and reaped")
{
  auto result = stop_child("stubborn", 50ms);
  CHECK(result.returncode == -SIGKILL);
  CHECK(result.said == "ready\n");
  CHECK(result.reaped);
}

TEST_CASE("async_execute || timer: the timer wins and the child gets SIGKILL, not SIGTERM")
{
  auto said = a2a::run([]() -> asio::awaitable<std::string> {
    auto executor = co_await asio::this_coro::executor;
    child c(executor, {program("stop_politely"), "--child", "polite"});
    std::string said;
    co_await asio::async_read_until(c.out, asio::dynamic_buffer(said), '\n', asio::use_awaitable);
    asio::steady_timer soon(executor, 10ms);
    co_await (bp::async_execute(std::move(c.process), asio::use_awaitable) || soon.async_wait(asio::use_awaitable));
    said += co_await read_all(c.out);
    co_return said;
  }());
  CHECK(said == "ready\n");  // no "cleaning up": SIGKILL cannot be handled
}
