// For the chapters' benchmarks, which measure C++ and Python side by side in one run: finds
// a Python and runs the benchmark's own Python counterpart (the .py file beside it).
#pragma once
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

namespace benchmark {

// Debian's /usr/bin/python3 first: it is the one that has the apt modules (aiohttp, uvloop,
// zmq); the python3 first on PATH may be another one.
inline std::optional<std::string> find_python()
{
  if (std::filesystem::exists("/usr/bin/python3")) return "/usr/bin/python3";
  if (std::system("command -v python3 >/dev/null 2>&1") == 0) return "python3";
  return std::nullopt;
}

// Runs `python script args` and returns the lines it printed, or nothing if there is no
// Python or the script failed (its own error message is on stderr).
inline std::optional<std::vector<std::string>> run_python(const std::filesystem::path& script,
                                                          const std::string& args)
{
  auto python = find_python();
  if (!python) return std::nullopt;
  auto command = *python + " '" + script.string() + "' " + args;
  std::fflush(stdout);
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  if (!pipe) return std::nullopt;
  std::vector<std::string> lines;
  std::string line;
  for (int c; (c = std::fgetc(pipe.get())) != EOF;) {
    if (c != '\n') {
      line += static_cast<char>(c);
    } else {
      lines.push_back(std::exchange(line, {}));
    }
  }
  if (pclose(pipe.release()) != 0) return std::nullopt;
  return lines;
}

// Whether that Python can import a module (uvloop, aiohttp); asked quietly.
inline bool python_has(const std::string& module)
{
  auto python = find_python();
  return python && std::system((*python + " -c 'import " + module + "' 2>/dev/null").c_str()) == 0;
}

// The first line `python script args` prints, or "-": a cell of chapter 19's table. With
// on_uvloop, the same script on uvloop's event loop (its --uvloop), when uvloop is there.
inline std::string python_cell(const std::filesystem::path& script, const std::string& args, bool on_uvloop = false)
{
  if (on_uvloop && !python_has("uvloop")) return "-";
  auto lines = run_python(script, on_uvloop ? args + " --uvloop" : args);
  return lines && !lines->empty() ? lines->front() : "-";
}

// Chapter 19's table runs each chapter's benchmark with --row, which prints one line: what
// was measured, then the cells the chapter's code, plain Asio without the runtime, a raw
// baseline, Python asyncio and Python on uvloop; "-" where there is none. Tab-separated.
struct row {
  std::string what, chapter, plain_asio = "-", raw = "-", python = "-", uvloop = "-";
};

inline void print_row(const row& r)
{
  fmt::print("{}\t{}\t{}\t{}\t{}\t{}\n", r.what, r.chapter, r.plain_asio, r.raw, r.python, r.uvloop);
  std::fflush(stdout);
}

}  // namespace benchmark
