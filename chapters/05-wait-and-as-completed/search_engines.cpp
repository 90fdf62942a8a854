// Show each search engine's answer as soon as it arrives, instead of after the slowest.
#include <a2a/a2a.hpp>

asio::awaitable<std::string> search_engine(std::string query, std::string engine_name,
                                           std::chrono::milliseconds delay)
{
  co_await a2a::sleep(delay);
  co_return fmt::format("{}: Results for '{}'", engine_name, query);
}

asio::awaitable<void> async_main()
{
  std::string query = "python asyncio";
  std::vector<asio::awaitable<std::string>> searches;
  searches.push_back(search_engine(query, "Google", 1500ms));
  searches.push_back(search_engine(query, "Bing", 2000ms));
  searches.push_back(search_engine(query, "DuckDuckGo", 1000ms));

  a2a::log("Searching...");
  a2a::as_completed answers(co_await asio::this_coro::executor, std::move(searches));
  while (auto answer = co_await answers.next()) a2a::log("{}", *answer);
}

int main()
{
  a2a::run(async_main());
}
