// Calling a coroutine function runs none of its body: it only makes an awaitable.
#include <a2a/a2a.hpp>

#include <type_traits>

asio::awaitable<std::string> fetch_data()
{
  a2a::log("Fetching data...");
  co_await a2a::sleep(2s);
  a2a::log("Data fetched!");
  co_return "success";
}

int main()
{
  auto coroutine = fetch_data();
  static_assert(std::is_same_v<decltype(coroutine), asio::awaitable<std::string>>);
  fmt::print("fetch_data() gave an asio::awaitable<std::string>; nothing has run yet\n");

  std::string status = a2a::run(std::move(coroutine));
  fmt::print("status: {}\n", status);
}
