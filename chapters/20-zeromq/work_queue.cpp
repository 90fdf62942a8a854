// PUSH and PULL across processes: chapter 09's work queue, now between programs. This
// program pushes 30 jobs; three worker processes (servers/worker) pull them, one at a time
// each, and push their results to this program's PULL socket. PUSH deals the jobs out to
// whichever workers are connected; PULL takes results from all of them, fairly.
// runs: ch20-worker
#include "async_zmq_socket.hpp"

#include <child_program.hpp>

#include <filesystem>

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  zmq::context_t context;
  async_zmq_socket jobs(executor, context, zmq::socket_type::push);
  async_zmq_socket results(executor, context, zmq::socket_type::pull);
  auto jobs_endpoint = jobs.bind_any_port();
  auto results_endpoint = results.bind_any_port();

  auto worker_program = std::filesystem::canonical("/proc/self/exe").parent_path() / "worker";
  std::vector<child_program> workers;
  for (int i = 0; i < 3; ++i) {
    workers.push_back(start_program({worker_program.string(), "--jobs", jobs_endpoint, "--results", results_endpoint}));
    workers.back().next_line();  // "worker ready": from now on SIGTERM stops it cleanly
  }

  for (int n = 1; n <= 30; ++n) co_await jobs.send_text(std::to_string(n));
  long sum = 0;
  for (int i = 0; i < 30; ++i) {
    auto result = co_await results.receive_text();  // "N N*N", in the order they come
    sum += std::atol(result.substr(result.find(' ') + 1).c_str());
  }
  fmt::print("30 jobs out, 30 results in from 3 worker processes; the squares add up to {}\n", sum);

  int stopped_cleanly = 0;
  for (auto& worker : workers) stopped_cleanly += worker.stop(SIGTERM) == 0;
  fmt::print("workers stopped cleanly on SIGTERM: {} of 3\n", stopped_cleanly);
}

int main()
{
  a2a::run(async_main());
}
