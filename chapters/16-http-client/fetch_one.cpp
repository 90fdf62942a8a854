// One page through the chapter's client (the source's single aiohttp fetch): a session, like
// aiohttp.ClientSession, and co_await session.get(url).
#include "http_client.hpp"
#include "test_server.hpp"

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  test_server server(executor);
  http_session session(executor);
  auto response = co_await session.get(server.url("/users/1"));
  fmt::print("{} ({}): {}", response.status, response.header("content-type"), response.body);
}

int main()
{
  a2a::run(async_main());
}
