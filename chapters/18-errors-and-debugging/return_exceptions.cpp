// gather(*coros, return_exceptions=True) over a list: Asio's parallel group over a vector of
// operations, waiting for all, gives one exception_ptr (null when it worked) and one value each.
#include <a2a/a2a.hpp>

#include "risky.hpp"

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  using operation = decltype(asio::co_spawn(executor, risky_operation(0), asio::deferred));
  std::vector<operation> operations;
  for (int item = 0; item < 5; ++item)
    operations.push_back(asio::co_spawn(executor, risky_operation(item), asio::deferred));
  // Not with an empty vector: in Boost 1.81 a group over no operations never completes
  // (a2a::gather checks for that).
  auto [order, errors, results] = co_await asio::experimental::make_parallel_group(std::move(operations))
                                      .async_wait(asio::experimental::wait_for_all(), asio::use_awaitable);
  for (std::size_t i = 0; i < results.size(); ++i) {
    try {
      if (errors[i]) std::rethrow_exception(errors[i]);
      a2a::log("operation {} gave: {}", i, results[i]);
    } catch (const std::exception& e) {
      a2a::log("operation {} threw: {}", i, e.what());
    }
  }
}

int main()
{
  a2a::run(async_main());
}
