// Asio's make_parallel_group runs operations concurrently and reports the order they
// completed in: with wait_for_all(), every outcome, once all are done.
#include <a2a/a2a.hpp>

using asio::experimental::make_parallel_group;
using asio::experimental::wait_for_all;

asio::awaitable<std::string> fetch_data(int url_id, std::chrono::seconds delay)
{
  co_await a2a::sleep(delay);
  co_return fmt::format("Data from URL {}", url_id);
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  auto [order, error1, data1, error2, data2, error3, data3] =
      co_await make_parallel_group(asio::co_spawn(executor, fetch_data(1, 3s), asio::deferred),
                                   asio::co_spawn(executor, fetch_data(2, 1s), asio::deferred),
                                   asio::co_spawn(executor, fetch_data(3, 2s), asio::deferred))
          .async_wait(wait_for_all(), asio::use_awaitable);

  a2a::log("completed in the order {}", order);  // 0-based positions
  a2a::log("{} / {} / {}", data1, data2, data3);
}

int main()
{
  a2a::run(async_main());
}
