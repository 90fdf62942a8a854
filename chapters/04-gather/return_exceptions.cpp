// return_exceptions=True in Asio: a parallel_group that waits for all and reports each outcome.
#include <a2a/a2a.hpp>

asio::awaitable<std::string> failing_task()
{
  co_await a2a::sleep(1s);
  throw std::runtime_error("Task failed!");
}

asio::awaitable<std::string> successful_task()
{
  co_await a2a::sleep(2s);
  co_return "success";
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  auto [order, error0, result0, error1, result1] =
      co_await asio::experimental::make_parallel_group(
          asio::co_spawn(executor, failing_task(), asio::deferred),
          asio::co_spawn(executor, successful_task(), asio::deferred))
          .async_wait(asio::experimental::wait_for_all(), asio::use_awaitable);

  auto report = [](int index, std::exception_ptr error, const std::string& result) {
    try {
      if (error) std::rethrow_exception(error);
      a2a::log("Task {} succeeded: {}", index, result);
    } catch (const std::exception& e) {
      a2a::log("Task {} failed: {}", index, e.what());
    }
  };
  report(0, error0, result0);
  report(1, error1, result1);
  a2a::log("finished in the order {}", order);
}

int main()
{
  a2a::run(async_main());
}
