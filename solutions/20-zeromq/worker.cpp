#include "worker.hpp"

#include <charconv>

namespace {

// "N N*N", or "N error: not a number" for anything but a whole number below a billion
// (whose square still fits a long).
std::string result_of(const std::string& job)
{
  long n = 0;
  auto [end, error] = std::from_chars(job.data(), job.data() + job.size(), n);
  bool whole_number = error == std::errc{} && end == job.data() + job.size();
  if (!whole_number || n <= -1'000'000'000 || n >= 1'000'000'000) return job + " error: not a number";
  return fmt::format("{} {}", n, n * n);
}

}  // namespace

asio::awaitable<int> work(async_zmq_socket& jobs, async_zmq_socket& control, async_zmq_socket& results)
{
  using namespace asio::experimental::awaitable_operators;
  int done = 0;
  for (;;) {
    // The Poller: whichever has a message first, the control channel when both do. Waiting
    // for readable() takes nothing, so the job that lost the race is still there.
    auto ready = co_await (control.readable() || jobs.readable());
    if (ready.index() == 0) {
      if (co_await control.receive_text() == "stop") co_return done;
      continue;
    }
    auto job = co_await jobs.receive_text();
    co_await results.send_text(result_of(job));
    ++done;
  }
}
