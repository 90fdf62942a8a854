// One command, one table: what the workshop's programs cost on this machine, each beside
// plain Asio without the runtime, a raw baseline where there is one, Python's asyncio and
// uvloop (when /usr/bin/python3 and python3-uvloop are there). Each row is another chapter's
// benchmark run with --row, in a process of its own. Run it optimised: ./tutorial bench 19
// performance_table [--smoke]   (--smoke: small loads, to check that every row runs)
// runs: ch19-task_cost ch09-queue_benchmark ch13-echo_benchmark ch15-spawn_benchmark ch16-fetch_benchmark
// smoke-test arguments: --smoke
#include <benchmark.hpp>

#include <boost/version.hpp>

#include <memory>
#include <thread>

namespace {

struct benchmark_run {
  std::string program;    // under the build's chapters/ folder
  std::string arguments;  // the full load, then the smoke test's
  std::string smoke_arguments;
};

const benchmark_run runs[] = {
    {"19-performance/benchmark/task_cost", "--row tasks 1000000", "--row tasks 20000"},
    {"19-performance/benchmark/task_cost", "--row sleepers 100000", "--row sleepers 2000"},
    {"09-queues/benchmark/queue_benchmark", "--row 1000000", "--row 20000"},
    {"13-echo-server/benchmark/echo_benchmark", "--row 200000", "--row 5000"},
    {"15-subprocesses/benchmark/spawn_benchmark", "--row 100", "--row 10"},
    {"16-http-client/benchmark/fetch_benchmark", "--row 1000", "--row 5 --delay-ms 100"},
};

std::vector<std::string> split(const std::string& line, char separator)
{
  std::vector<std::string> parts(1);
  for (char c : line) {
    if (c == separator) parts.emplace_back();
    else parts.back() += c;
  }
  return parts;
}

// The row the program printed (its last line), or a row that says what went wrong: a
// program this build has not made (chapter 15 needs Boost.Process) is not a failure.
std::vector<std::string> row_of(const std::filesystem::path& program, const std::string& arguments)
{
  if (!std::filesystem::exists(program)) return {program.filename().string() + ": not built here", "-"};
  std::fflush(stdout);
  auto command = fmt::format("'{}' {}", program.string(), arguments);
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  std::string output;
  for (int c; pipe && (c = std::fgetc(pipe.get())) != EOF;) output += static_cast<char>(c);
  bool succeeded = pipe && pclose(pipe.release()) == 0;
  auto lines = split(output, '\n');
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  auto cells = lines.empty() ? std::vector<std::string>{} : split(lines.back(), '\t');
  if (!succeeded || cells.size() != 6) return {program.filename().string() + " " + arguments + ": failed", "-"};
  return cells;
}

std::string python_version()
{
  auto lines = benchmark::run_python("-c", "'import sys; print(sys.version.split()[0])'");
  return lines && !lines->empty() ? "Python " + lines->front() : "no Python";
}

}  // namespace

int main(int argc, char** argv)
{
  bool smoke = argc > 1 && std::string_view(argv[1]) == "--smoke";
  auto chapters = std::filesystem::canonical("/proc/self/exe").parent_path().parent_path().parent_path();
#ifdef NDEBUG
  const char* build = "optimised build";
#else
  const char* build = "DEBUG BUILD: numbers mean little, run ./tutorial bench 19";
#endif
#ifdef __clang__
  const char* compiler = "clang " __clang_version__;
#else
  const char* compiler = "g++ " __VERSION__;
#endif
  fmt::print("{} cores, {}, Boost {}.{}, {}; {}{}\n\n", std::thread::hardware_concurrency(), compiler,
             BOOST_VERSION / 100000, BOOST_VERSION / 100 % 1000, build, python_version(),
             benchmark::python_has("uvloop") ? " with uvloop" : " (no uvloop: apt install python3-uvloop)");
  fmt::print("| | this tutorial | plain Asio | raw | Python asyncio | uvloop |\n");
  fmt::print("| --- | --- | --- | --- | --- | --- |\n");
  bool all_measured = true;
  for (const auto& run : runs) {
    auto cells = row_of(chapters / run.program, smoke ? run.smoke_arguments : run.arguments);
    all_measured = all_measured && (cells.size() == 6 || cells[0].ends_with("not built here"));
    fmt::print("| {} |\n", fmt::join(cells, " | "));
  }
  return all_measured ? 0 : 1;
}
