#include "testing.hpp"

#include "runner.hpp"

#include <csignal>
#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace std::chrono_literals;

namespace {
std::vector<command_result> run(std::vector<std::vector<std::string>> commands, run_options options)
{
  std::signal(SIGPIPE, SIG_IGN);
  return a2a::run(run_all(std::move(commands), options));
}

// A fresh, empty folder for commands that leave marks in it.
std::filesystem::path scratch_folder(const std::string& name)
{
  auto folder = std::filesystem::temp_directory_path() / fmt::format("a2a-ex15-{}-{}", name, ::getpid());
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder;
}

// Each of these adds a line to `started`, then waits (200 tries, 2 s or more) until `until` lines are
// there: they can only all finish if `until` of them run at the same time. It also writes
// to `running` how many had started and not finished when it began, and to `finished`
// when it is done.
std::vector<std::string> meet(const std::filesystem::path& folder, int until)
{
  auto script = fmt::format(
      "cd '{}' && echo x >> started && touch finished && "
      "echo $(( $(wc -l < started) - $(wc -l < finished) )) >> running && "
      "i=0; while [ $(wc -l < started) -lt {} ] && [ $i -lt 200 ]; do sleep 0.01; i=$((i+1)); done; "
      "echo x >> finished; [ $(wc -l < started) -ge {} ]",
      folder.string(), until, until);
  return {"sh", "-c", script};
}
}  // namespace

TEST_CASE("results come back in the commands' order, with output and exit codes")
{
  auto results = run({{"sh", "-c", "sleep 0.2; echo slow"}, {"sh", "-c", "echo fast; echo oops >&2; exit 3"}},
                     run_options{.limit = 2});
  REQUIRE(results.size() == 2);
  CHECK(results[0].out == "slow\n");
  CHECK(results[0].returncode == 0);
  CHECK(results[1].out == "fast\n");
  CHECK(results[1].err == "oops\n");
  CHECK(results[1].returncode == 3);
  CHECK(results[1].argv == std::vector<std::string>{"sh", "-c", "echo fast; echo oops >&2; exit 3"});
}

TEST_CASE("commands run concurrently: three that wait for each other all finish with limit 3")
{
  auto folder = scratch_folder("together");
  auto results = run({meet(folder, 3), meet(folder, 3), meet(folder, 3)}, run_options{.limit = 3, .time_limit = 10s});
  for (auto& result : results) {
    CHECK_FALSE(result.timed_out);
    CHECK(result.returncode == 0);
  }
  std::filesystem::remove_all(folder);
}

TEST_CASE("never more than `limit` at once: with limit 2, no command ever began beside two others")
{
  auto folder = scratch_folder("limit");
  std::vector<std::vector<std::string>> commands(6, meet(folder, 2));
  auto results = run(commands, run_options{.limit = 2, .time_limit = 10s});
  for (auto& result : results) CHECK(result.returncode == 0);
  std::ifstream running_file(folder / "running");
  std::vector<int> running;
  for (int count; running_file >> count;) running.push_back(count);
  CHECK(running.size() == 6);
  CHECK(*std::max_element(running.begin(), running.end()) <= 2);
  std::filesystem::remove_all(folder);
}

TEST_CASE("a command over its time limit is stopped politely and reported; the others finish")
{
  auto results = run({{"sleep", "3"}, {"echo", "quick"}},
                     run_options{.limit = 2, .time_limit = 100ms, .grace = 5s});
  REQUIRE(results.size() == 2);
  CHECK(results[0].timed_out);
  CHECK(results[0].returncode == -SIGTERM);  // sleep ends on SIGTERM: the grace was not needed
  CHECK_FALSE(results[1].timed_out);
  CHECK(results[1].out == "quick\n");
}

TEST_CASE("a command that ignores SIGTERM is killed after the grace period")
{
  auto results = run({{"sh", "-c", "trap '' TERM; i=0; while [ $i -lt 60 ]; do sleep 0.05; i=$((i+1)); done"}},
                     run_options{.limit = 1, .time_limit = 100ms, .grace = 100ms});
  REQUIRE(results.size() == 1);
  CHECK(results[0].timed_out);
  CHECK(results[0].returncode == -SIGKILL);
}

TEST_CASE("a command that cannot start is reported, and does not stop the others")
{
  auto results = run({{"no-such-program-x"}, {"echo", "still here"}}, run_options{.limit = 1});
  REQUIRE(results.size() == 2);
  CHECK(results[0].error == "no-such-program-x: No such file or directory");
  CHECK(results[1].out == "still here\n");
  CHECK(results[1].error.empty());
}
