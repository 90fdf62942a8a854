// Processes, as Python's multiprocessing: this program starts three copies of itself as
// workers and awaits their exit on the event loop (Boost.Process v2). Each worker is a
// separate program with its own memory; only its exit code comes back here.
#include <a2a/a2a.hpp>

#include <boost/process/v2/process.hpp>

#include <cstdio>
#include <cstdlib>

namespace bp = boost::process::v2;

// The worker's job: a sum, reported through the exit code (0 to 255).
int worker(int number)
{
  long sum = 0;
  for (long i = 1; i <= 1000L * number; ++i) sum += i;
  return static_cast<int>(sum % 256);
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  std::fflush(stdout);  // the children inherit stdout: nothing half-written must be copied
  std::vector<bp::process> workers;
  for (int number = 1; number <= 3; ++number)
    workers.emplace_back(executor, "/proc/self/exe",
                         std::vector<std::string>{"--worker", std::to_string(number)});

  for (std::size_t i = 0; i < workers.size(); ++i) {
    int code = co_await workers[i].async_wait(asio::use_awaitable);
    fmt::print("worker {} exited with {}\n", i + 1, code);
  }
}

int main(int argc, char** argv)
{
  if (argc == 3 && std::string(argv[1]) == "--worker") return worker(std::atoi(argv[2]));
  a2a::run(async_main());
}
