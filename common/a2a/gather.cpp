#include "a2a/gather.hpp"

namespace a2a {

asio::awaitable<void> gather(std::vector<asio::awaitable<void>> work)
{
  // A ranged parallel_group over nothing never completes (Boost 1.81): nothing to wait for.
  if (work.empty()) co_return;

  auto executor = co_await asio::this_coro::executor;
  using operation = decltype(asio::co_spawn(executor, std::move(work[0]), asio::deferred));
  std::vector<operation> operations;
  for (auto& w : work) operations.push_back(asio::co_spawn(executor, std::move(w), asio::deferred));

  auto [order, errors] = co_await asio::experimental::make_parallel_group(std::move(operations))
                             .async_wait(asio::experimental::wait_for_one_error(),
                                         asio::use_awaitable);
  for (auto index : order)
    if (errors[index]) std::rethrow_exception(errors[index]);
}

}  // namespace a2a
