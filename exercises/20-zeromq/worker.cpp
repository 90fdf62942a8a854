#include "worker.hpp"

// TODO: this worker never stops (listen to `control` too: a.readable() || b.readable(), as in
// chapter 20's poller), and a job that is not a number ends it (std::stol throws): answer
// such a job with "N error: not a number" instead, and carry on.
asio::awaitable<int> work(async_zmq_socket& jobs, async_zmq_socket& control, async_zmq_socket& results)
{
  int done = 0;
  for (;;) {
    auto job = co_await jobs.receive_text();
    long n = std::stol(job);
    co_await results.send_text(fmt::format("{} {}", n, n * n));
    ++done;
  }
  co_return done;
}
