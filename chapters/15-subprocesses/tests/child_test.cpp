// lib/child.cpp against real children: pipes read at once, communicate(), how children end,
// and children that cannot start or misbehave.
#include "testing.hpp"

#include "child.hpp"

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>

using namespace std::chrono_literals;

namespace {
child_result run_child(std::vector<std::string> argv, std::string input = {})
{
  std::signal(SIGPIPE, SIG_IGN);
  return a2a::run([&]() -> asio::awaitable<child_result> {
    auto executor = co_await asio::this_coro::executor;
    child c(executor, argv);
    co_return co_await communicate(c, input);
  }());
}
}  // namespace

TEST_CASE("stdout and stderr are read at once: 4 MB on stderr does not block a line on stdout")
{
  auto result = run_child({"sh", "-c", "head -c 4194304 /dev/zero >&2; echo done"});
  CHECK(result.returncode == 0);
  CHECK(result.out == "done\n");
  CHECK(result.err.size() == 4194304);
}

TEST_CASE("reading stdout to its end before stderr waits forever for that child")
{
  bool stuck = a2a::run([]() -> asio::awaitable<bool> {
    auto executor = co_await asio::this_coro::executor;
    child noisy(executor, {"sh", "-c", "head -c 1048576 /dev/zero >&2; echo done"});
    auto stdout_first = [&]() -> asio::awaitable<void> {
      co_await read_all(noisy.out);
      co_await read_all(noisy.err);
    };
    bool timed_out = false;
    try {
      co_await a2a::wait_for(stdout_first(), 2s);
    } catch (const a2a::timeout_error&) {
      timed_out = true;
    }
    co_await stop(noisy.process, 5s);
    co_return timed_out;
  }());
  CHECK(stuck);
}

TEST_CASE("communicate() writes and reads at once: 4 MB through cat comes back whole")
{
  std::string data;
  for (int i = 0; data.size() < 4194304; ++i) data += fmt::format("line {}\n", i);
  auto result = run_child({"cat"}, data);
  CHECK(result.returncode == 0);
  CHECK(result.out.size() == data.size());
  CHECK(result.out == data);
}

TEST_CASE("closing stdin is the end of input: sort sorts what it was given")
{
  auto result = run_child({"sort"}, "pear\napple\nfig\n");
  CHECK(result.out == "apple\nfig\npear\n");
}

TEST_CASE("returncode: the exit status, or minus the signal, as in Python")
{
  CHECK(run_child({"sh", "-c", "exit 3"}).returncode == 3);
  CHECK(run_child({"sh", "-c", "kill -TERM $$"}).returncode == -SIGTERM);
  CHECK(run_child({"sh", "-c", "kill -KILL $$"}).returncode == -SIGKILL);
  CHECK(describe(3) == "exit code 3");
  CHECK(describe(-SIGTERM) == "killed by SIGTERM");
}

// The lines for_each_line gives for what `printf FORMAT` writes, at most max_line at a time.
static std::vector<std::string> lines_of_printf(std::string format, std::size_t max_line)
{
  std::vector<std::string> lines;
  a2a::run([&]() -> asio::awaitable<void> {
    auto executor = co_await asio::this_coro::executor;
    child c(executor, {"printf", format});
    c.in.close();
    co_await for_each_line(c.out, [&](std::string_view line) { lines.emplace_back(line); }, max_line);
    co_await c.process.async_wait(asio::use_awaitable);
  }());
  return lines;
}

TEST_CASE("lines: in order, the last one without a newline too, an overlong one in pieces")
{
  CHECK(lines_of_printf("a\\n\\nbcdefgh\\nlast", 4) == std::vector<std::string>{"a", "", "bcde", "fgh", "last"});
}

TEST_CASE("a line exactly as long as the limit is one line, not a line and an empty one")
{
  CHECK(lines_of_printf("abcd\\n\\nxy\\n", 4) == std::vector<std::string>{"abcd", "", "xy"});
}

TEST_CASE("a program that does not exist: an error that names it, not a crash")
{
  try {
    run_child({"no-such-program-here"});
    FAIL("it started");
  } catch (const std::system_error& e) {
    CHECK(e.code() == std::errc::no_such_file_or_directory);
    CHECK(std::string(e.what()).find("no-such-program-here") != std::string::npos);
  }
}

TEST_CASE("a file that is not executable, or a directory: permission denied")
{
  auto script = std::filesystem::temp_directory_path() / fmt::format("a2a-test-{}.sh", ::getpid());
  std::ofstream(script) << "echo hi\n";
  std::filesystem::permissions(script, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  for (auto path : {script.string(), std::string("/tmp")}) {
    try {
      run_child({path});
      FAIL("it started");
    } catch (const std::system_error& e) {
      CHECK(e.code() == std::errc::permission_denied);
      CHECK(std::string(e.what()).find(path) != std::string::npos);
    }
    bool zombie_left = ::waitpid(-1, nullptr, WNOHANG) != -1;  // the child whose exec failed was reaped
    CHECK_FALSE(zombie_left);
  }
  std::filesystem::remove(script);
}

TEST_CASE("a child that quits without reading its input: communicate() still succeeds")
{
  auto result = run_child({"sh", "-c", "echo 'bad input' >&2; exit 2"}, std::string(4 << 20, 'x'));
  CHECK(result.returncode == 2);
  CHECK(result.err == "bad input\n");
}

TEST_CASE("a child does not inherit our ignored SIGPIPE: yes | head ends quietly")
{
  auto result = run_child({"sh", "-c", "yes | head -c 100000 >/dev/null"});
  CHECK(result.err.empty());
  CHECK(result.returncode == 0);
}
