// asyncio.as_completed: each result the moment it arrives, in the order they finish.
#include <a2a/a2a.hpp>

asio::awaitable<std::string> fetch_data(int url_id, std::chrono::seconds delay)
{
  co_await a2a::sleep(delay);
  co_return fmt::format("Data from URL {}", url_id);
}

asio::awaitable<void> async_main()
{
  std::vector<asio::awaitable<std::string>> fetches;
  fetches.push_back(fetch_data(1, 3s));
  fetches.push_back(fetch_data(2, 1s));
  fetches.push_back(fetch_data(3, 2s));

  a2a::as_completed arrivals(co_await asio::this_coro::executor, std::move(fetches));
  while (auto result = co_await arrivals.next()) a2a::log("Received: {}", *result);
}

int main()
{
  a2a::run(async_main());
}
