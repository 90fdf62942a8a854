// make_parallel_group with wait_for_one(): the first to complete, success or failure, ends
// the wait and the others are cancelled. A ranged group takes a vector of operations.
#include <a2a/a2a.hpp>

using asio::experimental::make_parallel_group;
using asio::experimental::wait_for_one;

asio::awaitable<std::string> task(std::chrono::seconds delay, std::string name)
{
  co_await a2a::sleep(delay);
  co_return fmt::format("{} completed", name);
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  using operation = decltype(asio::co_spawn(executor, task(1s, ""), asio::deferred));
  std::vector<operation> operations;
  for (auto [delay, name] : {std::pair{1s, "Fast"}, {3s, "Slow"}, {2s, "Medium"}})
    operations.push_back(asio::co_spawn(executor, task(delay, name), asio::deferred));

  auto [order, errors, results] = co_await make_parallel_group(std::move(operations))
                                      .async_wait(wait_for_one(), asio::use_awaitable);

  a2a::log("first: {}", results[order[0]]);
  for (auto index : order)
    a2a::log("#{}: {}", index, errors[index] ? "cancelled" : "finished");
}

int main()
{
  a2a::run(async_main());
}
