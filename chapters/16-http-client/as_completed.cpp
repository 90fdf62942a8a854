// Pages as they arrive (the source's as_completed with aiohttp): the quickest answer first,
// whatever order the requests were made in.
// README test time scale: 1 (story waits between real requests: see cmake/tutorial.cmake)
#include "http_client.hpp"
#include "test_server.hpp"

asio::awaitable<std::string> fetch(http_session& session, std::string url)
{
  auto response = co_await session.get(url);
  co_return url.substr(url.find("/delay")) + " -> " + response.body.substr(0, response.body.size() - 1);
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  test_server server(executor);
  http_session session(executor);
  std::vector<asio::awaitable<std::string>> fetches;
  for (int delay : {300, 100, 200})
    fetches.push_back(fetch(session, server.url(fmt::format("/delay/{}", delay))));
  a2a::as_completed arrivals(executor, std::move(fetches));
  while (auto line = co_await arrivals.next()) a2a::log("{}", *line);
}

int main()
{
  a2a::run(async_main());
}
