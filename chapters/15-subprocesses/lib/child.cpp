#include "child.hpp"

#include <boost/process/v2/posix/default_launcher.hpp>

#include <csignal>
#include <cstring>
#include <sys/wait.h>

bp::filesystem::path find_program(const std::string& name)
{
  if (name.find('/') != std::string::npos) return name;
  auto found = bp::environment::find_executable(name);
  if (found.empty())
    throw std::system_error(std::make_error_code(std::errc::no_such_file_or_directory), name);
  return found;
}

namespace {
// Python's restore_signals: the child starts with SIGPIPE's default action. A parent that
// ignores SIGPIPE (to get EPIPE errors instead) would pass that on through exec, and
// `yes | head` in a child would then print "Broken pipe" instead of ending quietly.
struct default_sigpipe {
  bp::error_code on_exec_setup(bp::posix::default_launcher&, const bp::filesystem::path&, const char* const*)
  {
    std::signal(SIGPIPE, SIG_DFL);
    return {};
  }
};
}  // namespace

child::child(asio::any_io_executor executor, const std::vector<std::string>& argv)
    : in(executor), out(executor), err(executor), process(executor)
{
  if (argv.empty()) throw std::invalid_argument("no program to start: argv is empty");
  auto program = find_program(argv[0]);
  std::vector<std::string> arguments(argv.begin() + 1, argv.end());
  // The child starts with a copy of our unwritten output, and where exec fails, Boost.Process
  // ends it with exit(), which writes that copy out: the lines would appear twice.
  std::fflush(stdout);
  // The process_stdio stays a temporary: it holds the child's ends of the pipes, which must
  // be closed here once the child has its copies. Kept open, they would keep ours from ever
  // seeing the end of the child's output, and a write to a child that quit from failing.
  bp::posix::default_launcher launcher;
  bp::error_code error;
  process = launcher(executor, error, program, arguments, bp::process_stdio{in, out, err}, default_sigpipe{});
  if (error) {
    // The child that failed to exec has exited; Boost.Process 1.81 leaves it a zombie.
    if (launcher.pid > 0) ::waitpid(launcher.pid, nullptr, 0);
    throw std::system_error(error, argv[0]);  // "name: Permission denied", not "default_launcher"
  }
}

int returncode(const bp::process& process)
{
  int status = process.native_exit_code();
  if (WIFSIGNALED(status)) return -WTERMSIG(status);
  return WEXITSTATUS(status);
}

std::string describe(int returncode)
{
  if (returncode >= 0) return fmt::format("exit code {}", returncode);
  const char* name = sigabbrev_np(-returncode);
  return name != nullptr ? fmt::format("killed by SIG{}", name) : fmt::format("killed by signal {}", -returncode);
}

asio::awaitable<void> for_each_line(asio::readable_pipe& pipe, std::function<void(std::string_view)> on_line,
                                    std::size_t max_line)
{
  std::string buffer;
  bool cut = false;  // the last piece handed over was a full buffer: its line goes on
  for (;;) {
    auto [error, length] = co_await asio::async_read_until(pipe, asio::dynamic_buffer(buffer, max_line), '\n',
                                                           asio::as_tuple(asio::use_awaitable));
    if (!error) {
      if (!(cut && length == 1)) on_line(std::string_view(buffer).substr(0, length - 1));  // not the rest of a cut line
      buffer.erase(0, length);
      cut = false;
    } else if (error == asio::error::not_found) {  // a line longer than max_line: a piece of it
      on_line(buffer);
      buffer.clear();
      cut = true;
    } else if (error == asio::error::eof) {
      if (!buffer.empty()) on_line(buffer);  // the last line had no '\n'
      co_return;
    } else {
      throw std::system_error(error, "reading from a child");
    }
  }
}

asio::awaitable<std::string> read_all(asio::readable_pipe& pipe)
{
  std::string everything;
  auto [error, length] = co_await asio::async_read(pipe, asio::dynamic_buffer(everything),
                                                   asio::as_tuple(asio::use_awaitable));
  if (error && error != asio::error::eof) throw std::system_error(error, "reading from a child");
  co_return everything;
}

namespace {
asio::awaitable<void> write_and_close(asio::writable_pipe& in, std::string input)
{
  auto [error, written] = co_await asio::async_write(in, asio::buffer(input), asio::as_tuple(asio::use_awaitable));
  in.close();  // end of input: the child's read returns 0
  if (error && error != asio::error::broken_pipe) throw std::system_error(error, "writing to a child");
}
}  // namespace

asio::awaitable<child_result> communicate(child& c, std::string input)
{
  auto [written, out, err] = co_await a2a::gather(write_and_close(c.in, std::move(input)), read_all(c.out),
                                                  read_all(c.err));
  co_await c.process.async_wait(asio::use_awaitable);
  co_return child_result{returncode(c.process), std::move(out), std::move(err)};
}

asio::awaitable<int> stop(bp::process& process, std::chrono::steady_clock::duration grace)
{
  using namespace asio::experimental::awaitable_operators;
  boost::system::error_code error;
  if (!process.running(error)) {
    if (error) throw std::system_error(error, "stop");  // not our child, or waited for elsewhere
    co_return returncode(process);                      // it had ended already
  }
  process.request_exit(error);  // SIGTERM: the child may clean up and exit
  asio::steady_timer patience(co_await asio::this_coro::executor, grace);
  auto first = co_await (process.async_wait(asio::as_tuple(asio::use_awaitable)) ||
                         patience.async_wait(asio::as_tuple(asio::use_awaitable)));
  if (first.index() == 1) {
    process.terminate(error);  // SIGKILL, which cannot be caught or ignored
    co_await process.async_wait(asio::as_tuple(asio::use_awaitable));  // reap it: no zombie
  }
  co_return returncode(process);
}
