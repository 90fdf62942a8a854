// What the chapter's tests share: a connected pair of sockets, a watchdog of real time for
// every run, and the programs' folder and exit status.
#pragma once
#include "testing.hpp"

#include "async_zmq_socket.hpp"

#include <child_program.hpp>

#include <cstdlib>

#include <sys/wait.h>
#include <unistd.h>

// A connected pair of sockets over TCP on 127.0.0.1.
struct socket_pair {
  async_zmq_socket bound, connected;
  socket_pair(asio::any_io_executor executor, zmq::context_t& context, zmq::socket_type bound_type,
              zmq::socket_type connected_type)
      : bound(executor, context, bound_type), connected(executor, context, connected_type)
  {
    connected.native().connect(bound.bind_any_port());
  }
};

// Every run here has a watchdog of real seconds: a bug must fail a test, not hang it.
template <typename T>
T run_within_10s(asio::awaitable<T> work)
{
  return a2a::run([&]() -> asio::awaitable<T> {
    using namespace asio::experimental::awaitable_operators;
    asio::steady_timer watchdog(co_await asio::this_coro::executor, std::chrono::seconds(10));
    auto ended = co_await (std::move(work) || watchdog.async_wait(asio::use_awaitable));
    if (ended.index() == 1) throw std::runtime_error("still not done after 10 s");
    co_return std::get<0>(std::move(ended));
  }());
}

// How a program ended (as waitpid says), waiting at most 10 s before killing it.
inline int exit_status(child_program& program)
{
  for (int waited_ms = 0; waited_ms < 10'000; waited_ms += 10) {
    int status = 0;
    if (waitpid(program.pid, &status, WNOHANG) == program.pid) {
      std::fclose(program.output);
      return status;
    }
    usleep(10'000);
  }
  program.stop(SIGKILL);
  FAIL("the program had not ended after 10 s");
  return -1;
}

inline std::string programs()
{
  const char* folder = std::getenv("A2A_PROGRAMS");  // set by CTest
  REQUIRE(folder != nullptr);
  return folder;
}
