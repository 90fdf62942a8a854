// The chapter's client against its own server, in one process on 127.0.0.1.
#include "testing.hpp"

#include "http_client.hpp"
#include "test_server.hpp"

using namespace std::chrono_literals;

namespace {
// Runs work(session, server) on a fresh server; the server stops when work is done.
template <typename T, typename Work>
T with_server(client_options options, Work work)
{
  return a2a::run([&]() -> asio::awaitable<T> {
    auto executor = co_await asio::this_coro::executor;
    test_server server(executor);
    http_session session(executor, options);
    co_return co_await work(session, server);
  }());
}

http_failure failure_of(client_options options, std::string path)
{
  return with_server<http_failure>(options, [&](http_session& session, test_server& server) -> asio::awaitable<http_failure> {
    try {
      co_await session.get(server.url(path));
    } catch (const http_error& e) {
      co_return e.kind;
    }
    FAIL("no error for " << path);
    co_return http_failure::bad_url;
  });
}
}  // namespace

TEST_CASE("get: status, headers, body")
{
  auto response = with_server<http_response>({}, [](http_session& session, test_server& server) {
    return session.get(server.url("/users/2"));
  });
  CHECK(response.status == 200);
  CHECK(response.header("content-type") == "application/json");
  CHECK(response.body == "{\"id\": 2, \"name\": \"user2\"}\n");
}

TEST_CASE("keep-alive: five requests one after another use one connection")
{
  auto made = with_server<std::size_t>({}, [](http_session& session, test_server& server) -> asio::awaitable<std::size_t> {
    for (int i = 0; i < 5; ++i) co_await session.get(server.url("/status/204"));
    co_return session.connections_made();
  });
  CHECK(made == 1);
}

TEST_CASE("redirects are followed, up to the limit")
{
  auto response = with_server<http_response>({}, [](http_session& session, test_server& server) {
    return session.get(server.url("/redirect/3"));
  });
  CHECK(response.status == 200);
  CHECK(response.body == "arrived\n");
  CHECK(failure_of({}, "/loop") == http_failure::too_many_redirects);
}

TEST_CASE("a status the server made up (418) comes through")
{
  auto response = with_server<http_response>({}, [](http_session& session, test_server& server) {
    return session.get(server.url("/status/418"));
  });
  CHECK(response.status == 418);
}

TEST_CASE("bad servers: a clear failure each, nothing hangs")
{
  client_options quick;
  quick.timeout = 200ms;
  CHECK(failure_of(quick, "/silent") == http_failure::timeout);
  CHECK(failure_of({}, "/cut/1000") == http_failure::closed_early);
  CHECK(failure_of({}, "/garbage") == http_failure::malformed);
  CHECK(failure_of({}, "/bad-location") == http_failure::malformed);
  client_options small;
  small.body_limit = 1000;
  CHECK(failure_of(small, "/bytes/5000") == http_failure::body_too_large);
}

TEST_CASE("bad URLs and refused connections")
{
  auto kind = [](std::string url) {
    return a2a::run([&]() -> asio::awaitable<http_failure> {
      http_session session(co_await asio::this_coro::executor);
      try {
        co_await session.get(url);
      } catch (const http_error& e) {
        co_return e.kind;
      }
      co_return http_failure::bad_url;
    }());
  };
  CHECK(kind("https://127.0.0.1/") == http_failure::unsupported_scheme);
  CHECK(kind("ftp://127.0.0.1/") == http_failure::unsupported_scheme);
  CHECK(kind("not a url") == http_failure::bad_url);
  CHECK(kind("http:///no-host") == http_failure::bad_url);
  CHECK(kind("http://127.0.0.1:99999/") == http_failure::bad_url);
  CHECK(kind("http://127.0.0.1:1/") == http_failure::refused);
}

TEST_CASE("a cancelled request is a cancellation, not an http_error")
{
  auto error = with_server<std::exception_ptr>({}, [](http_session& session, test_server& server)
                                                       -> asio::awaitable<std::exception_ptr> {
    auto request = a2a::create_task(co_await asio::this_coro::executor, session.get(server.url("/delay/1000")));
    co_await a2a::sleep(10ms);
    request.cancel();
    try {
      co_await request.get();
    } catch (...) {
      co_return std::current_exception();
    }
    co_return nullptr;
  });
  CHECK(a2a::is_cancellation(error));
}

TEST_CASE("max_connections 0 means no limit, as aiohttp's limit=0")
{
  client_options unlimited;
  unlimited.max_connections = 0;
  auto statuses = with_server<std::vector<unsigned>>(unlimited, [](http_session& session, test_server& server)
                                                                    -> asio::awaitable<std::vector<unsigned>> {
    std::vector<asio::awaitable<http_response>> requests;
    for (int i = 0; i < 3; ++i) requests.push_back(session.get(server.url("/delay/100")));
    std::vector<unsigned> statuses;
    for (auto& response : co_await a2a::gather(std::move(requests))) statuses.push_back(response.status);
    CHECK(server.most_requests_at_once() == 3);
    co_return statuses;
  });
  CHECK(statuses == std::vector<unsigned>{200, 200, 200});
}

TEST_CASE("get_streamed: a slow drip arrives piece by piece, the whole of it")
{
  std::string received;
  int pieces = 0;
  auto status = with_server<unsigned>({}, [&](http_session& session, test_server& server) {
    return session.get_streamed(server.url("/drip/5/100"), [&](std::string_view piece) {
      received += piece;
      ++pieces;
    });
  });
  CHECK(status == 200);
  CHECK(received == "abcde");
  CHECK(pieces >= 2);  // one byte every 100 ms: not all in one piece
}

TEST_CASE("get_streamed: 20 MB in pieces of at most 64 KB, every byte right, past the 8 MB limit")
{
  std::size_t total = 0, largest = 0;
  bool right = true;
  auto status = with_server<unsigned>({}, [&](http_session& session, test_server& server) {
    return session.get_streamed(server.url("/bytes/20000000"), [&](std::string_view piece) {
      for (std::size_t i = 0; i < piece.size(); ++i) right = right && piece[i] == static_cast<char>('a' + (total + i) % 26);
      total += piece.size();
      largest = std::max(largest, piece.size());
    });
  });
  CHECK(status == 200);
  CHECK(total == 20000000);
  CHECK(right);
  CHECK(largest <= 64 * 1024);
}
