#include "runner.hpp"

// Runs one command to its end. Its time limit and the start error are left to you.
asio::awaitable<command_result> run_one(std::vector<std::string> argv, run_options options)
{
  command_result result;
  result.argv = argv;
  auto executor = co_await asio::this_coro::executor;
  child c(executor, argv);
  auto done = co_await communicate(c);
  result.returncode = done.returncode;
  result.out = std::move(done.out);
  result.err = std::move(done.err);
  co_return result;
}

asio::awaitable<std::vector<command_result>> run_all(std::vector<std::vector<std::string>> commands,
                                                     run_options options)
{
  // TODO: run the commands concurrently, at most options.limit at a time (chapter 10's
  // semaphore), each stopped politely (stop()) once options.time_limit is up, and a command
  // that cannot start reported in its result's `error`. Results in the commands' order.
  std::vector<command_result> results;
  for (auto& argv : commands) results.push_back(co_await run_one(argv, options));
  co_return results;
}
