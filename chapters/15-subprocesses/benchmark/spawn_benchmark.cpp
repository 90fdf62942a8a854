// Starting many children at once and waiting for them all: `true`, 100 and 1,000 at a time.
// The same job five ways in one run: this chapter's way (bp::process and a2a::gather), the
// same with at most 32 at a time, plain Asio (bp::async_execute, no runtime), posix_spawn
// and waitpid with no event loop (the floor), and Python's asyncio.create_subprocess_exec
// (spawn_true.py) when python3 is there.
// Each cell is the best of --rounds runs. Build it optimised: see the chapter README.
// --row N prints chapter 19's row (N children, best of 3).
// smoke-test arguments: 10 --rounds 1
#include <a2a/a2a.hpp>
#include <benchmark.hpp>
#include <open_files.hpp>

#include "child.hpp"

#include <boost/process/v2/execute.hpp>

#include <spawn.h>
#include <sys/wait.h>

extern char** environ;

using clock_type = std::chrono::steady_clock;

asio::awaitable<int> run_one(asio::any_io_executor executor, const bp::filesystem::path& program)
{
  bp::process child(executor, program, std::vector<std::string>{});
  co_return co_await child.async_wait(asio::use_awaitable);
}

asio::awaitable<int> run_one_limited(asio::any_io_executor executor, const bp::filesystem::path& program,
                                     a2a::semaphore& slots)
{
  auto held = co_await slots.hold();
  co_return co_await run_one(executor, program);
}

// limit 0: all at once.
void with_the_runtime(int children, const bp::filesystem::path& program, std::size_t limit = 0)
{
  a2a::run([&]() -> asio::awaitable<void> {
    auto executor = co_await asio::this_coro::executor;
    a2a::semaphore slots(limit);
    std::vector<asio::awaitable<int>> all;
    for (int i = 0; i < children; ++i)
      all.push_back(limit > 0 ? run_one_limited(executor, program, slots) : run_one(executor, program));
    for (int code : co_await a2a::gather(std::move(all)))
      if (code != 0) throw std::runtime_error("a child failed");
  }());
}

void with_plain_asio(int children, const bp::filesystem::path& program)
{
  asio::io_context loop;
  int succeeded = 0;
  for (int i = 0; i < children; ++i)
    bp::async_execute(bp::process(loop, program, std::vector<std::string>{}),
                      [&](boost::system::error_code error, int code) { succeeded += !error && code == 0; });
  loop.run();
  if (succeeded != children) throw std::runtime_error("a child failed");
}

void with_posix_spawn(int children, const bp::filesystem::path& program)
{
  std::vector<pid_t> pids(static_cast<std::size_t>(children));
  char* argv[] = {const_cast<char*>(program.c_str()), nullptr};
  for (auto& pid : pids)
    if (posix_spawn(&pid, program.c_str(), nullptr, nullptr, argv, environ) != 0) throw std::runtime_error("posix_spawn");
  for (auto pid : pids) {
    int status = 0;
    if (waitpid(pid, &status, 0) != pid || status != 0) throw std::runtime_error("a child failed");
  }
}

template <typename F>
double best_ms(int rounds, F run)
{
  double best = 1e300;
  for (int i = 0; i < rounds; ++i) {
    auto start = clock_type::now();
    run();
    best = std::min(best, std::chrono::duration<double, std::milli>(clock_type::now() - start).count());
  }
  return best;
}

void print_table_row(int children, const bp::filesystem::path& program, const std::filesystem::path& here)
{
  constexpr int rounds = 3;
  auto cell = [](double ms) { return fmt::format("{:.1f}", ms); };
  auto python_args = fmt::format("--rounds {} {}", rounds, children);
  benchmark::print_row({fmt::format("{} subprocesses of `true` at once, until all have exited (ms)", children),
                        cell(best_ms(rounds, [&] { with_the_runtime(children, program); })),
                        cell(best_ms(rounds, [&] { with_plain_asio(children, program); })),
                        cell(best_ms(rounds, [&] { with_posix_spawn(children, program); })),
                        benchmark::python_cell(here / "spawn_true.py", python_args),
                        benchmark::python_cell(here / "spawn_true.py", python_args, true)});
}

int main(int argc, char** argv)
{
  allow_many_open_files();  // each child being waited for holds a descriptor here (a pidfd)
  auto program = find_program("true");
  auto here = std::filesystem::path(__FILE__).parent_path();  // spawn_true.py is beside this file
  if (argc == 3 && std::string_view(argv[1]) == "--row") {
    print_table_row(std::atoi(argv[2]), program, here);
    return 0;
  }
  std::vector<int> batches;
  int rounds = 5;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--rounds" && i + 1 < argc) {
      rounds = std::atoi(argv[++i]);
    } else if (int n = std::atoi(argv[i]); n > 0) {
      batches.push_back(n);
    } else {
      fmt::print(stderr, "usage: spawn_benchmark [children...] [--rounds N]  (default: 100 1000 --rounds 5)\n");
      return 2;
    }
  }
  if (batches.empty()) batches = {100, 1000};

  std::string sizes;
  for (int n : batches) sizes += fmt::format(" {}", n);
  auto python = benchmark::run_python(here / "spawn_true.py", fmt::format("--rounds {}{}", rounds, sizes));

  fmt::print("{} children of {} at once, milliseconds until all have exited (best of {}):\n", fmt::join(batches, " or "),
             program.string(), rounds);
  fmt::print("{:>9} {:>11} {:>13} {:>11} {:>12} {:>15} {:>12}\n", "children", "chapter 15", "ch15, 32 max", "plain Asio",
             "posix_spawn", "Python asyncio", "Python/ch15");
  for (std::size_t i = 0; i < batches.size(); ++i) {
    int n = batches[i];
    double ours = best_ms(rounds, [&] { with_the_runtime(n, program); });
    double limited = best_ms(rounds, [&] { with_the_runtime(n, program, 32); });
    double plain = best_ms(rounds, [&] { with_plain_asio(n, program); });
    double floor = best_ms(rounds, [&] { with_posix_spawn(n, program); });
    if (python && i < python->size()) {
      double theirs = std::stod((*python)[i]);
      fmt::print("{:>9} {:>11.1f} {:>13.1f} {:>11.1f} {:>12.1f} {:>15.1f} {:>11.2f}x\n", n, ours, limited, plain, floor,
                 theirs, theirs / ours);
    } else {
      fmt::print("{:>9} {:>11.1f} {:>13.1f} {:>11.1f} {:>12.1f} {:>15} {:>12}\n", n, ours, limited, plain, floor, "-", "-");
    }
  }
  if (!python) fmt::print("(Python not measured: no python3, or its script failed)\n");
}
