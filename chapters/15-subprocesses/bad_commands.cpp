// What goes wrong with children, and what each case looks like from the parent: a clear
// message every time, and neither a crash nor a hang.
#include "child.hpp"

#include <csignal>
#include <filesystem>
#include <fstream>
#include <unistd.h>

asio::awaitable<void> try_to_start(std::string what, std::vector<std::string> argv)
{
  try {
    child c(co_await asio::this_coro::executor, argv);
    fmt::print("{}: started?\n", what);
  } catch (const std::system_error& e) {
    fmt::print("{}: cannot start it: {}\n", what, e.code().message());
  }
}

asio::awaitable<void> fails(asio::any_io_executor executor)
{
  child failing(executor, {"sh", "-c", "echo 'config.toml: no such section [db]' >&2; exit 4"});
  auto result = co_await communicate(failing);
  fmt::print("a program that fails: {}, stderr: {}", describe(result.returncode), result.err);
}

// `true` exits without reading a byte. Our next write finds no reader: EPIPE, which is an
// error code here only because main() ignores SIGPIPE, as Python does at start-up; by
// default that signal kills the writer.
asio::awaitable<void> closes_stdin_early(asio::any_io_executor executor)
{
  child deaf(executor, {"true"});
  co_await deaf.process.async_wait(asio::use_awaitable);
  std::string data(1 << 20, 'x');
  auto [error, written] = co_await asio::async_write(deaf.in, asio::buffer(data), asio::as_tuple(asio::use_awaitable));
  fmt::print("a program that reads nothing: writing to it fails with \"{}\" after {} bytes\n", error.message(),
             written);
}

// 8 MB on stderr, read line by line as it comes: memory holds one line at a time.
asio::awaitable<void> floods_stderr(asio::any_io_executor executor)
{
  child noisy(executor, {"sh", "-c", "yes 'warning: something is off' | head -c 8000000 >&2"});
  noisy.in.close();
  std::size_t lines = 0, longest = 0;
  auto count = [&](std::string_view line) {
    ++lines;
    longest = std::max(longest, line.size());
  };
  co_await a2a::gather(read_all(noisy.out), for_each_line(noisy.err, count));
  co_await noisy.process.async_wait(asio::use_awaitable);
  fmt::print("a program that floods stderr: {} lines, the longest {} bytes, {}\n", lines, longest,
             describe(returncode(noisy.process)));
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  // Built first, then passed: g++ 12 miscompiles a braced temporary inside a co_await.
  std::vector<std::string> missing{"no-such-program"};
  co_await try_to_start("a program that does not exist", missing);

  auto not_executable = std::filesystem::temp_directory_path() / fmt::format("a2a-not-executable-{}.sh", ::getpid());
  std::ofstream(not_executable) << "echo hi\n";
  std::filesystem::permissions(not_executable, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  std::vector<std::string> not_runnable{not_executable.string()};
  co_await try_to_start("a file that is not executable", not_runnable);
  std::filesystem::remove(not_executable);

  co_await fails(executor);
  co_await closes_stdin_early(executor);
  co_await floods_stderr(executor);
}

int main()
{
  std::signal(SIGPIPE, SIG_IGN);
  a2a::run(async_main());
}
