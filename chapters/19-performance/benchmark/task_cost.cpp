// What a task costs, measured: N trivial tasks created then awaited, and N tasks sleeping
// 1 s at the same time. Each way runs in a process of its own, so that the peak memory is
// that way's alone:
//   a2a              a2a::create_task, then co_await task.get() (asyncio.create_task)
//   co_spawn         plain asio::co_spawn before io_context::run, results through the handler
//   co_spawn + stop  the same with a cancellation signal each: what task.cancel() needs
//   Python, uvloop   task_cost.py beside this file, when /usr/bin/python3 (and uvloop) are there
// task_cost [TASKS [SLEEPERS]]   (default 1000000 and 100000)
// task_cost --row tasks|sleepers N   one row of performance_table, without the "+ stop" way
// smoke-test arguments: 20000 2000
#include <a2a/a2a.hpp>

#include <sys/resource.h>

#include <benchmark.hpp>

namespace {

long peak_mib()
{
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

asio::awaitable<int> trivial(int i)
{
  co_return i;
}

asio::awaitable<void> timer_sleep(std::chrono::seconds how_long)
{
  asio::steady_timer timer(co_await asio::this_coro::executor, how_long);
  co_await timer.async_wait(asio::use_awaitable);
}

// One way, in this process: what the parent asked for with --one.
long run_tasks(std::string_view way, int n)
{
  long sum = 0;
  if (way == "a2a") {
    return a2a::run([n]() -> asio::awaitable<long> {
      auto executor = co_await asio::this_coro::executor;
      std::vector<a2a::Task<int>> tasks;
      tasks.reserve(n);
      for (int i = 0; i < n; ++i) tasks.push_back(a2a::create_task(executor, trivial(i)));
      long total = 0;
      for (auto& task : tasks) total += co_await task.get();
      co_return total;
    }());
  }
  asio::io_context loop;
  std::vector<asio::cancellation_signal> stops(way == "co_spawn + stop" ? n : 0);
  for (int i = 0; i < n; ++i) {
    auto add = [&sum](std::exception_ptr, int value) { sum += value; };
    if (stops.empty()) asio::co_spawn(loop, trivial(i), add);
    else asio::co_spawn(loop, trivial(i), asio::bind_cancellation_slot(stops[i].slot(), add));
  }
  loop.run();
  return sum;
}

void run_sleepers(std::string_view way, int n)
{
  if (way == "a2a") {
    a2a::run([n]() -> asio::awaitable<void> {
      auto executor = co_await asio::this_coro::executor;
      std::vector<a2a::Task<void>> tasks;
      tasks.reserve(n);
      for (int i = 0; i < n; ++i) tasks.push_back(a2a::create_task(executor, a2a::sleep(1s)));
      for (auto& task : tasks) co_await task.get();
    }());
    return;
  }
  asio::io_context loop;
  std::vector<asio::cancellation_signal> stops(way == "co_spawn + stop" ? n : 0);
  for (int i = 0; i < n; ++i) {
    if (stops.empty()) asio::co_spawn(loop, timer_sleep(1s), asio::detached);  // cannot throw
    else asio::co_spawn(loop, timer_sleep(1s), asio::bind_cancellation_slot(stops[i].slot(), asio::detached));
  }
  loop.run();
}

std::string measure(const std::string& row, const std::string& way, int n)
{
  std::fflush(stdout);
  // This program again: popen's shell would see itself in /proc/self/exe.
  static const auto self = std::filesystem::read_symlink("/proc/self/exe").string();
  auto command = fmt::format("'{}' --one '{}' '{}' {}", self, row, way, n);
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  double seconds = 0;
  long peak = 0;
  if (!pipe || std::fscanf(pipe.get(), "%lf %ld", &seconds, &peak) != 2) return "failed";
  return fmt::format("{:.2f} s, {} MiB", seconds, peak);
}

std::string measure_python(const std::string& row, int n, bool on_uvloop)
{
  auto script = std::filesystem::path(__FILE__).parent_path() / "task_cost.py";
  auto line = benchmark::python_cell(script, fmt::format("{} {}", row, n), on_uvloop);
  double seconds = 0;
  long peak = 0;
  if (std::sscanf(line.c_str(), "%lf %ld", &seconds, &peak) != 2) return line;
  return fmt::format("{:.2f} s, {} MiB", seconds, peak);
}

std::string what_is_measured(const std::string& row, int n)
{
  return row == "tasks" ? fmt::format("{} trivial tasks created, then awaited (time, peak memory)", n)
                        : fmt::format("{} tasks sleeping 1 s at once (time, peak memory)", n);
}

}  // namespace

int main(int argc, char** argv)
{
  if (argc == 5 && std::string_view(argv[1]) == "--one") {
    std::string_view row = argv[2], way = argv[3];
    int n = std::atoi(argv[4]);
    auto start = std::chrono::steady_clock::now();
    if (row == "tasks") run_tasks(way, n);
    else run_sleepers(way, n);
    fmt::print("{:.3f} {}\n", std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
               peak_mib());
    return 0;
  }
  if (argc == 4 && std::string_view(argv[1]) == "--row") {  // tasks|sleepers N: chapter 19's table
    std::string row = argv[2];
    int n = std::atoi(argv[3]);
    benchmark::print_row({what_is_measured(row, n), measure(row, "a2a", n), measure(row, "co_spawn", n), "-",
                          measure_python(row, n, false), measure_python(row, n, true)});
    return 0;
  }
  int tasks = argc > 1 ? std::atoi(argv[1]) : 1'000'000;
  int sleepers = argc > 2 ? std::atoi(argv[2]) : 100'000;
  fmt::print("| | a2a | co_spawn | co_spawn + stop | Python | uvloop |\n| --- | --- | --- | --- | --- | --- |\n");
  for (auto [row, n] : {std::pair{"tasks", tasks}, std::pair{"sleepers", sleepers}}) {
    fmt::print("| {} |", what_is_measured(row, n));
    for (std::string way : {"a2a", "co_spawn", "co_spawn + stop"}) fmt::print(" {} |", measure(row, way, n));
    fmt::print(" {} | {} |\n", measure_python(row, n, false), measure_python(row, n, true));
  }
}
