// What can go wrong on the way to a page, and what each looks like from the client: a clear
// error every time, and no request that hangs.
#include "http_client.hpp"
#include "test_server.hpp"

using namespace std::chrono_literals;

asio::awaitable<void> try_get(http_session& session, std::string what, std::string url)
{
  try {
    auto response = co_await session.get(url);
    fmt::print("{:<26} {} {}", what, response.status, response.body);
  } catch (const http_error& e) {
    // The message without the URL, whose port changes from run to run.
    fmt::print("{:<26} error: {}\n", what, e.reason);
  }
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  test_server server(executor);
  client_options options;
  options.timeout = 300ms;  // real time, as every socket timeout
  options.body_limit = 1'000'000;
  http_session session(executor, options);

  co_await try_get(session, "nobody listening", "http://127.0.0.1:1/");
  co_await try_get(session, "never answers", server.url("/silent"));
  co_await try_get(session, "closes mid-body", server.url("/cut/1000"));
  co_await try_get(session, "not HTTP", server.url("/garbage"));
  co_await try_get(session, "https", "https://127.0.0.1/");
  co_await try_get(session, "redirects forever", server.url("/loop"));
  co_await try_get(session, "a redirect to nowhere", server.url("/bad-location"));
  co_await try_get(session, "a body over the limit", server.url("/bytes/2000000"));
  co_await try_get(session, "not a URL", "http//missing-colon");
  co_await try_get(session, "no such port", "http://127.0.0.1:99999/");
  co_await try_get(session, "still fine after all that", server.url("/status/200"));
}

int main()
{
  a2a::run(async_main());
}
