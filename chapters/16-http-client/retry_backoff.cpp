// Retries with exponential back-off and jitter (the sources' fetch_with_retry): a flaky page
// that fails twice, then answers; a page that is not there (404: asking again will not
// help, so it is not retried); a page that always fails (503), given up after four tries.
// The jitter comes from a seeded generator, so the waits are the same on every run.
// README test time scale: 1 (story waits between real requests: see cmake/tutorial.cmake)
#include "retry.hpp"
#include "test_server.hpp"

asio::awaitable<void> try_page(http_session& session, std::string url, std::mt19937& random)
{
  auto path = url.substr(url.find('/', 7));
  auto report = [&](int attempt, std::string_view why, std::chrono::milliseconds wait) {
    a2a::log("{}: attempt {} failed ({}), next in {} ms", path, attempt, why, wait.count());
  };
  auto response = co_await get_with_retries(session, url, retry_policy{}, random, report);
  a2a::log("{}: {} {}", path, response.status, response.body.substr(0, response.body.size() - 1));
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  test_server server(executor);
  http_session session(executor);
  std::mt19937 random(42);
  co_await try_page(session, server.url("/flaky/demo/2"), random);
  co_await try_page(session, server.url("/status/404"), random);
  co_await try_page(session, server.url("/status/503"), random);
}

int main()
{
  a2a::run(async_main());
}
