#include "runner.hpp"

#include <optional>

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
  // The first to finish wins, success or failure; the other is cancelled and waited for.
  asio::steady_timer time_limit(executor, options.time_limit);
  auto [order, failure, done, timer_error] =
      co_await asio::experimental::make_parallel_group(asio::co_spawn(executor, communicate(*c), asio::deferred),
                                                       time_limit.async_wait(asio::deferred))
          .async_wait(asio::experimental::wait_for_one(), asio::use_awaitable);
  if (order[0] == 1) {
    result.timed_out = true;  // communicate() was cancelled: `failure` says only that
  } else if (failure) {       // reading from it failed: report that, and stop it all the same
    try {
      std::rethrow_exception(failure);
    } catch (const std::exception& e) {
      result.error = e.what();
    }
  } else {
    result.returncode = done.returncode;
    result.out = std::move(done.out);
    result.err = std::move(done.err);
    co_return result;
  }
  result.returncode = co_await stop(c->process, options.grace);
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
