#include "testing.hpp"

#include "fetcher.hpp"
#include "test_server.hpp"

using namespace std::chrono_literals;

namespace {
// fetch_all(paths on a fresh server, options); `server_check` looks at the server after.
template <typename Check>
std::vector<fetch_result> fetch(std::vector<std::string> paths, fetch_options options, Check server_check)
{
  return a2a::run([&]() -> asio::awaitable<std::vector<fetch_result>> {
    test_server server(co_await asio::this_coro::executor);
    std::vector<std::string> urls;
    for (auto& path : paths) urls.push_back(path.rfind("http", 0) == 0 ? path : server.url(path));
    auto results = co_await fetch_all(urls, options);
    server_check(server);
    co_return results;
  }());
}

std::vector<fetch_result> fetch(std::vector<std::string> paths, fetch_options options = {})
{
  return fetch(paths, options, [](test_server&) {});
}
}  // namespace

TEST_CASE("results come back in the order of the URLs, whatever order they are answered in")
{
  std::size_t most = 0;
  auto results = fetch({"/delay/3000", "/delay/1000", "/users/1"}, {},
                       [&](test_server& server) { most = server.most_requests_at_once(); });
  CHECK(most >= 2);  // the slow ones were answered at the same time, not one after the other
  REQUIRE(results.size() == 3);
  CHECK(results[0].body == "waited 3000 ms\n");
  CHECK(results[1].body == "waited 1000 ms\n");
  CHECK(results[2].body == "{\"id\": 1, \"name\": \"user1\"}\n");
  for (auto& result : results) {
    CHECK(result.status == 200);
    CHECK(result.attempts == 1);
    CHECK(result.error.empty());
  }
}

TEST_CASE("concurrent, but never more than `connections` requests at once")
{
  std::size_t most = 0;
  std::vector<std::string> paths(9, "/delay/1000");
  fetch_options options;
  options.connections = 3;
  auto results = fetch(paths, options, [&](test_server& server) { most = server.most_requests_at_once(); });
  CHECK(results.size() == 9);
  CHECK(most >= 2);  // more than one at a time...
  CHECK(most <= 3);  // ...but never more than three
}

TEST_CASE("what is worth retrying is retried, with back-off; a 404 is not")
{
  fetch_options options;
  options.attempts = 3;
  double took = 0;
  auto results = fetch({"/flaky/soon/2", "/flaky/never/5", "/status/404"}, options,
                       [&](test_server&) { took = a2a::elapsed(); });
  CHECK(took > 0.29);  // waited 100 ms, then 200 ms, before the third attempts
  REQUIRE(results.size() == 3);
  CHECK(results[0].status == 200);
  CHECK(results[0].attempts == 3);
  CHECK(results[1].status == 503);
  CHECK(results[1].attempts == 3);
  CHECK(results[2].status == 404);
  CHECK(results[2].attempts == 1);
}

TEST_CASE("errors are reported per URL, and the other URLs are fetched all the same")
{
  fetch_options options;
  options.attempts = 2;
  options.timeout = 100ms;
  auto start = std::chrono::steady_clock::now();
  auto results = fetch({"/silent", "http://127.0.0.1:1/", "https://127.0.0.1/", "/users/2"}, options);
  // Real time, with a wide margin: two 100 ms timeouts, not the client's default 10 s each.
  CHECK(std::chrono::steady_clock::now() - start < 5s);
  REQUIRE(results.size() == 4);
  CHECK(results[0].error.find("no answer in time") != std::string::npos);
  CHECK(results[0].attempts == 2);  // a timeout is worth another try
  CHECK(results[1].error.find("nobody listens there") != std::string::npos);
  CHECK(results[1].attempts == 2);
  CHECK(results[2].error.find("https needs TLS") != std::string::npos);
  CHECK(results[2].attempts == 1);  // asking again will not help
  CHECK(results[3].status == 200);
  CHECK(results[3].error.empty());
}
