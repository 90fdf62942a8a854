// Many pages at once (the source's fetch_all), each answered after its own delay, with
// gather: the results come back in the order of the URLs, not in the order the answers
// arrive. (One source says gather may reorder them: it never does, in either language.)
// README test time scale: 1 (story waits between real requests: see cmake/tutorial.cmake)
#include "http_client.hpp"
#include "test_server.hpp"

asio::awaitable<std::string> fetch(http_session& session, std::string url)
{
  auto response = co_await session.get(url);
  co_return fmt::format("{} -> {}", url.substr(url.find("/delay")), response.body.substr(0, response.body.size() - 1));
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  test_server server(executor);
  http_session session(executor);
  std::vector<asio::awaitable<std::string>> fetches;
  for (int delay : {300, 100, 200, 50})
    fetches.push_back(fetch(session, server.url(fmt::format("/delay/{}", delay))));
  a2a::log("four requests sent");
  for (auto& line : co_await a2a::gather(std::move(fetches))) a2a::log("{}", line);
}

int main()
{
  a2a::run(async_main());
}
