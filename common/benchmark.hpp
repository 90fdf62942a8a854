// For the chapters' benchmarks, which measure C++ and Python side by side in one run: finds
// a Python and runs the benchmark's own Python counterpart (the .py file beside it).
#pragma once
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

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

}  // namespace benchmark
