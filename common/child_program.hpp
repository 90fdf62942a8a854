// Starts another program with its standard output on a pipe, as the tests and benchmarks of
// chapters 13 and 16 do with their servers: a server prints its address first, so the
// caller reads it (port_in).
#pragma once
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

extern char** environ;

struct child_program {
  pid_t pid = -1;
  FILE* output = nullptr;

  // The next line it printed ("" at the end of its output).
  std::string next_line() const
  {
    std::string line;
    for (int c; (c = std::fgetc(output)) != EOF && c != '\n';) line += static_cast<char>(c);
    return line;
  }

  // Sends `signal`, waits for it to end, and returns its exit status (as waitpid gives it).
  int stop(int signal = SIGTERM)
  {
    kill(pid, signal);
    int status = 0;
    waitpid(pid, &status, 0);
    std::fclose(output);
    return status;
  }
};

inline child_program start_program(std::vector<std::string> command)
{
  int out[2];
  if (pipe2(out, O_CLOEXEC) != 0) throw std::runtime_error("pipe() failed");  // no other child inherits it
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  std::vector<char*> argv;
  for (auto& word : command) argv.push_back(word.data());
  argv.push_back(nullptr);
  child_program child;
  int failed = posix_spawnp(&child.pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  if (failed != 0) {
    close(out[0]);
    throw std::runtime_error("cannot start " + command[0]);
  }
  child.output = fdopen(out[0], "r");
  return child;
}

// The port in a server's first line: "... listening on 127.0.0.1:PORT ..." or ".../127.0.0.1:PORT/".
inline unsigned short port_in(const std::string& banner)
{
  auto at = banner.find("127.0.0.1:");
  if (at == std::string::npos) throw std::runtime_error("no address in '" + banner + "'");
  return static_cast<unsigned short>(std::stoi(banner.substr(at + 10)));
}
