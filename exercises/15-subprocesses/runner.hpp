// A parallel command runner: run these commands, at most `limit` at a time, each with a
// time limit, and give back what each one did, in the order the commands were given.
#pragma once
#include "child.hpp"  // chapter 15's lib: child, communicate, stop, returncode, describe

#include <chrono>
#include <string>
#include <vector>

// The times are real time: children run in real time, so measure them with an
// asio::steady_timer, not with the runtime's story clock (a2a::sleep, a2a::wait_for), which
// the tests run 100 times faster.
struct run_options {
  std::size_t limit = 4;                          // children running at once, at most
  std::chrono::milliseconds time_limit{10'000};  // per command
  std::chrono::milliseconds grace{500};          // after SIGTERM, before SIGKILL
};

struct command_result {
  std::vector<std::string> argv;
  int returncode = 0;      // as Python's: -15 for SIGTERM; meaningless if `error` is set
  std::string out, err;    // everything the command wrote
  bool timed_out = false;  // the time limit was up and the command was stopped
  std::string error;       // it could not be started: "no-such-program: No such file or directory"
};

// Never throws for a command's sake: a command that cannot start, fails, or runs too long
// is reported in its result, and the others run on.
asio::awaitable<std::vector<command_result>> run_all(std::vector<std::vector<std::string>> commands,
                                                     run_options options);
