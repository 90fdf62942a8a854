#include "pool.hpp"

#include <filesystem>

#include <sys/wait.h>
#include <unistd.h>

namespace {

using namespace asio::experimental::awaitable_operators;

// The bound on every wait: real time, not story time (the workers are other processes).
asio::awaitable<void> two_seconds()
{
  asio::steady_timer timer(co_await asio::this_coro::executor, std::chrono::seconds(2));
  co_await timer.async_wait(asio::use_awaitable);
}

asio::awaitable<void> subscriptions(async_zmq_socket& control, int workers)
{
  for (int i = 0; i < workers; ++i) co_await control.receive();
}

asio::awaitable<void> collect(async_zmq_socket& results, std::size_t count, std::vector<std::string>& into)
{
  while (into.size() < count) into.push_back(co_await results.receive_text());
}

// Whether the worker has ended, without collecting its exit code yet.
bool has_ended(pid_t worker)
{
  siginfo_t info{};
  return waitid(P_PID, static_cast<id_t>(worker), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == worker;
}

// Waits up to 2 s for the worker to exit; kills it otherwise.
int exit_code_of(pid_t worker)
{
  for (int waited_ms = 0; waited_ms < 2000; waited_ms += 10) {
    int status = 0;
    if (waitpid(worker, &status, WNOHANG) == worker) return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    usleep(10'000);
  }
  kill(worker, SIGKILL);
  waitpid(worker, nullptr, 0);
  return -1;
}

}  // namespace

pool_outcome run_pool(int workers, const std::vector<std::string>& jobs)
{
  // ipc:// endpoints, named before anything runs: the workers are forked first, before this
  // process has a loop or ZeroMQ threads, and connect whether or not the pool has bound yet.
  char folder[] = "/tmp/a2a-exercise-20-XXXXXX";
  if (!mkdtemp(folder)) throw std::runtime_error("mkdtemp failed");
  auto in_folder = [&](const char* name) { return fmt::format("ipc://{}/{}", folder, name); };
  pool_endpoints endpoints{in_folder("jobs"), in_folder("control"), in_folder("results")};
  std::fflush(nullptr);
  std::vector<pid_t> pids;
  for (int i = 0; i < workers; ++i) {
    pid_t pid = fork();
    if (pid == 0) _exit(run_worker(endpoints) & 0xff);  // the child: a worker process
    pids.push_back(pid);
  }

  pool_outcome outcome;
  a2a::run([&]() -> asio::awaitable<void> {
    auto executor = co_await asio::this_coro::executor;
    zmq::context_t context;
    async_zmq_socket jobs_out(executor, context, zmq::socket_type::push);
    async_zmq_socket control(executor, context, zmq::socket_type::xpub);
    async_zmq_socket results(executor, context, zmq::socket_type::pull);
    jobs_out.native().bind(endpoints.jobs);
    control.native().set(zmq::sockopt::xpub_verbose, 1);  // every worker's subscription, not the first only
    control.native().bind(endpoints.control);
    results.native().bind(endpoints.results);
    auto subscribed = co_await (subscriptions(control, workers) || two_seconds());
    if (subscribed.index() != 0) co_return;  // a worker never subscribed: it will be killed
    for (const auto& job : jobs) co_await jobs_out.send_text(job);
    auto collected = co_await (collect(results, jobs.size(), outcome.results) || two_seconds());
    outcome.all_results = collected.index() == 0;
    asio::steady_timer idle(executor, std::chrono::milliseconds(200));
    co_await idle.async_wait(asio::use_awaitable);
    for (pid_t pid : pids) outcome.ended_before_stop |= has_ended(pid);
    co_await control.send_text("stop");
  }());
  for (pid_t pid : pids) outcome.exit_codes.push_back(exit_code_of(pid));
  std::filesystem::remove_all(folder);
  return outcome;
}
