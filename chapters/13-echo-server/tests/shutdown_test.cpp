// The real program, servers/echo_server, stopped with SIGTERM while an answer is on its way.
#include "testing.hpp"

#include <a2a/a2a.hpp>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

using asio::ip::tcp;

extern char** environ;

namespace {

// Starts `program args...` with its stdout on a pipe; returns its pid and that pipe.
std::pair<pid_t, FILE*> start(const std::string& program, std::vector<std::string> args)
{
  int out[2];
  REQUIRE(pipe(out) == 0);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  args.insert(args.begin(), program);
  std::vector<char*> argv;
  for (auto& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  int failed = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  REQUIRE(failed == 0);
  return {pid, fdopen(out[0], "r")};
}

std::string next_line(FILE* from)
{
  std::string line;
  for (int c; (c = std::fgetc(from)) != EOF && c != '\n';) line += static_cast<char>(c);
  return line;
}

}  // namespace

TEST_CASE("SIGTERM: the answer in flight arrives, then the server closes and exits 0")
{
  const char* programs = std::getenv("A2A_PROGRAMS");  // set by CTest
  REQUIRE(programs != nullptr);
  auto server = start(std::string(programs) + "/echo_server", {"--port", "0", "--work-ms", "300"});
  pid_t pid = server.first;  // not a structured binding: clang 14 cannot capture one
  FILE* output = server.second;

  auto banner = next_line(output);  // "echo server listening on 127.0.0.1:PORT (...)"
  auto colon = banner.find("127.0.0.1:");
  REQUIRE(colon != std::string::npos);
  auto port = static_cast<unsigned short>(std::stoi(banner.substr(colon + 10)));

  auto client = [&]() -> asio::awaitable<std::string> {
    auto executor = co_await asio::this_coro::executor;
    tcp::socket socket(executor);
    tcp::endpoint server(asio::ip::make_address("127.0.0.1"), port);
    co_await socket.async_connect(server, asio::use_awaitable);
    std::string question = "are you there?\n";
    co_await asio::async_write(socket, asio::buffer(question), asio::use_awaitable);
    asio::steady_timer soon(executor, std::chrono::milliseconds(100));  // the answer takes 300 ms
    co_await soon.async_wait(asio::use_awaitable);
    kill(pid, SIGTERM);
    std::string answer;
    co_await asio::async_read(socket, asio::dynamic_buffer(answer), asio::as_tuple(asio::use_awaitable));
    co_return answer;  // everything until the server closed the connection
  };
  auto answer = a2a::run(client());
  CHECK(answer == "are you there?\n");

  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(next_line(output).find("signal 15") == 0);
  CHECK(next_line(output) == "stopped cleanly");
  std::fclose(output);
}
