// The toy loop beside Asio and Python on chapter 19's first two rows: N trivial tasks
// spawned and finished, N tasks sleeping 1 s at once (time, peak memory). The toy's cells are
// measured here, each in a process of its own; the others come from chapter 19's task_cost
// (--row), which runs the runtime, plain co_spawn, Python and uvloop the same way.
// Run it optimised: ./tutorial bench 21
// toy_vs_asio [TASKS [SLEEPERS]]   (default 1000000 and 100000)
// smoke-test arguments: 20000 2000
// runs: ch19-task_cost
#include "spawn.hpp"

#include <fmt/format.h>

#include <sys/resource.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace {

toy::task<> trivial(long& finished)
{
  ++finished;
  co_return;
}

toy::task<> sleeper(long& finished)
{
  co_await toy::sleep_for{std::chrono::seconds(1)};
  ++finished;
}

toy::task<> run_all(std::string_view row, long n)
{
  long finished = 0;
  for (long i = 0; i < n; ++i) toy::spawn(row == "tasks" ? trivial(finished) : sleeper(finished));
  while (finished < n) co_await toy::sleep_for{std::chrono::milliseconds(1)};
}

// This program again, for one row the toy way: "seconds peak_MiB".
std::string toy_cell(const std::string& row, long n)
{
  std::fflush(stdout);
  auto command = fmt::format("'{}' --one {} {}", std::filesystem::read_symlink("/proc/self/exe").string(), row, n);
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  double seconds = 0;
  long peak = 0;
  if (!pipe || std::fscanf(pipe.get(), "%lf %ld", &seconds, &peak) != 2) return "failed";
  return fmt::format("{:.2f} s, {} MiB", seconds, peak);
}

// Chapter 19's row for the same load: what a2a, plain co_spawn, Python and uvloop did.
std::vector<std::string> others(const std::string& row, long n)
{
  auto task_cost = std::filesystem::canonical("/proc/self/exe").parent_path().parent_path().parent_path() /
                   "19-performance/benchmark/task_cost";
  std::fflush(stdout);
  auto command = fmt::format("'{}' --row {} {}", task_cost.string(), row, n);
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  std::string line;
  for (int c; pipe && (c = std::fgetc(pipe.get())) != EOF;)
    if (c != '\n') line += static_cast<char>(c);
  std::vector<std::string> cells(1);
  for (char c : line) {
    if (c == '\t') cells.emplace_back();
    else cells.back() += c;
  }
  cells.resize(6, "-");
  return cells;  // what, a2a, plain co_spawn, raw, Python, uvloop
}

}  // namespace

int main(int argc, char** argv)
{
  if (argc == 4 && std::string_view(argv[1]) == "--one") {
    std::string_view row = argv[2];
    long n = std::atol(argv[3]);
    auto start = std::chrono::steady_clock::now();
    toy::loop loop;
    loop.run(run_all(row, n));
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    fmt::print("{:.3f} {}\n", std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
               usage.ru_maxrss / 1024);
    return 0;
  }
  long tasks = argc > 1 ? std::atol(argv[1]) : 1'000'000;
  long sleepers = argc > 2 ? std::atol(argv[2]) : 100'000;
  fmt::print("| | the toy loop | a2a | plain co_spawn | Python asyncio | uvloop |\n");
  fmt::print("| --- | --- | --- | --- | --- | --- |\n");
  for (auto [row, n] : {std::pair<std::string, long>{"tasks", tasks}, std::pair<std::string, long>{"sleepers", sleepers}}) {
    auto rest = others(row, n);  // its first cell says what was measured
    fmt::print("| {} | {} | {} | {} | {} | {} |\n", rest[0], toy_cell(row, n), rest[1], rest[2], rest[4], rest[5]);
  }
}
