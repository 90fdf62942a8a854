#include "runner.hpp"

#include <optional>

using namespace asio::experimental::awaitable_operators;

asio::awaitable<command_result> run_one(std::vector<std::string> argv, run_options options)
{
  command_result result;
  result.argv = argv;
  auto executor = co_await asio::this_coro::executor;
  std::optional<child> c;
  try {
    c.emplace(executor, argv);
  } catch (const std::system_error& e) {
    result.error = e.what();
    co_return result;
  }
  asio::steady_timer time_limit(executor, options.time_limit);
  auto first = co_await (communicate(*c) || time_limit.async_wait(asio::use_awaitable));
  if (auto* done = std::get_if<0>(&first)) {
    result.returncode = done->returncode;
    result.out = std::move(done->out);
    result.err = std::move(done->err);
  } else {
    result.timed_out = true;
    result.returncode = co_await stop(c->process, options.grace);
  }
  co_return result;
}

asio::awaitable<command_result> run_when_allowed(a2a::semaphore& slots, std::vector<std::string> argv,
                                                 run_options options)
{
  auto held = co_await slots.hold();
  co_return co_await run_one(std::move(argv), options);
}

asio::awaitable<std::vector<command_result>> run_all(std::vector<std::vector<std::string>> commands,
                                                     run_options options)
{
  a2a::semaphore slots(options.limit);
  std::vector<asio::awaitable<command_result>> runs;
  for (auto& argv : commands) runs.push_back(run_when_allowed(slots, argv, options));
  co_return co_await a2a::gather(std::move(runs));
}
