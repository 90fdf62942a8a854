// A worker process for work_queue: takes jobs (a number N) from a PULL socket, sends back
// "N N*N" on a PUSH socket, and stops cleanly on SIGTERM. It prints "worker ready" once it
// handles SIGTERM, so that whoever started it knows a SIGTERM from then on is a clean stop.
//   worker --jobs ENDPOINT --results ENDPOINT
#include "async_zmq_socket.hpp"

#include <csignal>

asio::awaitable<void> work(async_zmq_socket& jobs, async_zmq_socket& results)
{
  for (;;) {
    auto job = co_await jobs.receive_text();
    long n = std::atol(job.c_str());
    co_await results.send_text(fmt::format("{} {}", n, n * n));
  }
}

asio::awaitable<void> async_main(std::string jobs_endpoint, std::string results_endpoint)
{
  auto executor = co_await asio::this_coro::executor;
  asio::signal_set signals(executor, SIGINT, SIGTERM);
  fmt::print("worker ready\n");
  std::fflush(stdout);
  zmq::context_t context;
  async_zmq_socket jobs(executor, context, zmq::socket_type::pull);
  async_zmq_socket results(executor, context, zmq::socket_type::push);
  jobs.native().connect(jobs_endpoint);
  results.native().connect(results_endpoint);
  using namespace asio::experimental::awaitable_operators;
  co_await (work(jobs, results) || signals.async_wait(asio::use_awaitable));
}

int main(int argc, char** argv)
{
  if (argc != 5 || std::string_view(argv[1]) != "--jobs" || std::string_view(argv[3]) != "--results") {
    fmt::print(stderr, "usage: worker --jobs ENDPOINT --results ENDPOINT (work_queue starts it)\n");
    return 2;
  }
  a2a::run(async_main(argv[2], argv[4]));
}
