// Start the slow fetches first, do local work while they run, then collect their results.
#include <a2a/a2a.hpp>

asio::awaitable<std::string> fetch_from_api(std::string api, std::chrono::milliseconds latency)
{
  a2a::log("asking {}", api);
  co_await a2a::sleep(latency);
  a2a::log("{} answered", api);
  co_return api + " data";
}

std::string prepare_local_data()
{
  a2a::log("preparing local data (no waiting involved)");
  return "local data";
}

asio::awaitable<std::string> process_data()
{
  auto executor = co_await asio::this_coro::executor;
  auto task1 = a2a::create_task(executor, fetch_from_api("api 1", 2s));
  auto task2 = a2a::create_task(executor, fetch_from_api("api 2", 1500ms));

  // This runs before either task has started: they start at our first co_await.
  std::string local = prepare_local_data();

  std::string data1 = co_await task1.get();
  std::string data2 = co_await task2.get();
  co_return fmt::format("{} + {} + {}", local, data1, data2);
}

int main()
{
  std::string combined = a2a::run(process_data());
  fmt::print("combined: {}\n", combined);
}
