// A command line through the shell, or an argument list. The file name here comes from
// outside (a user, a web form) and holds a ';'. Through `sh -c` the shell reads the name as
// code and runs the rest of it; as a list, the program gets the name as one argument, and
// no shell ever sees it. (create_subprocess_shell vs create_subprocess_exec in Python.)
#include "child.hpp"

asio::awaitable<void> count_bytes(std::vector<std::string> argv)
{
  child counter(co_await asio::this_coro::executor, argv);
  auto result = co_await communicate(counter);
  fmt::print("  stdout: {:?}\n", result.out);
  fmt::print("  {}; stderr {} \"No such file\"\n", describe(result.returncode),
             result.err.find("No such file") != std::string::npos ? "says" : "does not say");
}

asio::awaitable<void> async_main()
{
  std::string file_name = "no-such-notes.txt; echo INJECTED";

  fmt::print("through the shell: sh -c \"wc -c {}\"\n", file_name);
  std::vector<std::string> shell_line{"sh", "-c", "wc -c " + file_name};
  co_await count_bytes(shell_line);

  fmt::print("as a list: wc, -c, \"{}\"\n", file_name);
  std::vector<std::string> argument_list{"wc", "-c", file_name};  // g++ 12: no braced temporary in a co_await
  co_await count_bytes(argument_list);
}

int main()
{
  a2a::run(async_main());
}
