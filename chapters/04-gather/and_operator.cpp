// Asio's own "wait for both": the && operator on awaitables runs them concurrently.
#include <a2a/a2a.hpp>

using namespace asio::experimental::awaitable_operators;

asio::awaitable<std::string> fetch_user(int id, std::chrono::milliseconds latency)
{
  co_await a2a::sleep(latency);
  a2a::log("fetched user {}", id);
  co_return fmt::format("User {}", id);
}

asio::awaitable<void> async_main()
{
  auto [first, second] = co_await (fetch_user(1, 1s) && fetch_user(2, 500ms));
  a2a::log("{} and {}", first, second);
}

int main()
{
  a2a::run(async_main());
}
