// What this chapter's programs do with a child process, written once: start it with pipes
// for its stdin, stdout and stderr, read a pipe line by line, say how it ended, stop it
// politely. Each piece is shown bare in the example that introduces it.
#pragma once
#include <a2a/a2a.hpp>

#include <boost/process/v2/environment.hpp>
#include <boost/process/v2/process.hpp>
#include <boost/process/v2/stdio.hpp>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace bp = boost::process::v2;

// A started child with the parent's ends of its three pipes: what
// asyncio.create_subprocess_exec(*argv, stdin=PIPE, stdout=PIPE, stderr=PIPE) returns.
struct child {
  // argv[0] without a '/' is looked up on PATH, as Python does. A program that cannot be
  // started throws std::system_error naming it: "nosuch: No such file or directory".
  child(asio::any_io_executor executor, const std::vector<std::string>& argv);

  asio::writable_pipe in;
  asio::readable_pipe out;
  asio::readable_pipe err;
  bp::process process;  // declared last: it is started once the pipes above exist
};

// The program argv[0] names, as the shell would find it: a path as given, else on PATH.
bp::filesystem::path find_program(const std::string& name);

// Python's returncode: the exit status, or minus the signal that killed the child (-15:
// SIGTERM). Boost.Process's own exit_code() says 15 for both exit(15) and SIGTERM.
int returncode(const bp::process& process);

// "exit code 3", "killed by SIGTERM".
std::string describe(int returncode);

// Calls on_line for each line the pipe carries, without its '\n', until the child closes
// it. A line longer than max_line arrives in pieces, so memory stays bounded.
asio::awaitable<void> for_each_line(asio::readable_pipe& pipe,
                                    std::function<void(std::string_view)> on_line,
                                    std::size_t max_line = 64 * 1024);

// Everything the pipe carries until the child closes it.
asio::awaitable<std::string> read_all(asio::readable_pipe& pipe);

struct child_result {
  int returncode;
  std::string out;
  std::string err;
};

// proc.communicate(input): writes input and closes stdin *while* reading stdout and stderr,
// then waits for the exit. Doing these one after another can deadlock: a child blocked
// writing a full pipe never reads the rest of its input. A child that closed its stdin
// early is not an error here, as in Python.
asio::awaitable<child_result> communicate(child& c, std::string input = {});

// A polite stop: SIGTERM (request_exit), up to `grace` for the child to finish, then
// SIGKILL. Returns its returncode; the child has been waited for (no zombie) either way.
// Only this one process is signalled: a shell's own children live on until they exit or
// find their pipes closed (to stop a whole tree, signal its process group).
asio::awaitable<int> stop(bp::process& process, std::chrono::steady_clock::duration grace);
