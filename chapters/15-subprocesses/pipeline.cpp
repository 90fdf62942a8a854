// seq 1 1000000 | grep -c 7, without a shell: one pipe, its write end as the first child's
// stdout and its read end as the second child's stdin. The bytes go from child to child;
// the parent only waits for both.
#include "child.hpp"

#include <fcntl.h>

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  asio::readable_pipe from_seq(executor);
  asio::writable_pipe to_grep(executor);
  asio::connect_pipe(from_seq, to_grep);
  // Asio makes the pipe with pipe(), so every child would inherit both ends, and Boost.Process
  // 1.81 does not close them all in the child: grep, holding a write end, would wait for
  // itself. Close-on-exec keeps them out of both (dup2 onto stdin or stdout clears the flag
  // on that one copy). Python's os.pipe() is made this way from the start.
  for (int end : {from_seq.native_handle(), to_grep.native_handle()}) ::fcntl(end, F_SETFD, FD_CLOEXEC);
  asio::readable_pipe result(executor);

  std::fflush(stdout);
  bp::process seq(executor, find_program("seq"), {"1", "1000000"}, bp::process_stdio{nullptr, to_grep, {}});
  bp::process grep(executor, find_program("grep"), {"-c", "7"}, bp::process_stdio{from_seq, result, {}});
  // Our copies of the pipe's ends must go: while we hold the write end, grep never sees
  // the end of its input, and waits for us forever.
  from_seq.close();
  to_grep.close();

  auto count = co_await read_all(result);
  co_await seq.async_wait(asio::use_awaitable);
  co_await grep.async_wait(asio::use_awaitable);
  fmt::print("{} of the numbers 1 to 1000000 contain a 7\n", count.substr(0, count.find('\n')));
  fmt::print("seq: {}, grep: {}\n", describe(returncode(seq)), describe(returncode(grep)));
}

int main()
{
  a2a::run(async_main());
}
