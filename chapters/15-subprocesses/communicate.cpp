// proc.communicate(input): give a child its whole input, close its stdin so it sees the
// end, and collect everything it writes. `sort` cannot print a line before it has read
// them all: closing its stdin is what tells it to start.
#include "child.hpp"

#include <csignal>

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;

  child sorter(executor, {"sort"});
  auto sorted = co_await communicate(sorter, "pear\napple\nfig\n");
  fmt::print("sort: {}, printed:\n{}", describe(sorted.returncode), sorted.out);

  // A megabyte in and out of cat: writing it all before reading would deadlock (cat stops
  // reading once its stdout pipe is full); communicate() writes and reads at once.
  std::string megabyte(1 << 20, 'x');
  child copier(executor, {"cat"});
  auto copied = co_await communicate(copier, megabyte);
  fmt::print("cat: {}, gave back {} bytes, the same ones: {}\n", describe(copied.returncode),
             copied.out.size(), copied.out == megabyte);
}

int main()
{
  std::signal(SIGPIPE, SIG_IGN);  // as Python does: writing to a child that quit is an error, not our death
  a2a::run(async_main());
}
