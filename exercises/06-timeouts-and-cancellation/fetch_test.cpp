#include "fetch.hpp"

#include "testing.hpp"

#include <functional>

namespace {

using events = std::vector<std::string>;

// Runs fetch_with_timeout as a task, cancelling it after `cancel_after` if that is given.
std::optional<std::string> fetch_in_task(server& s, std::chrono::milliseconds limit,
                                         std::optional<std::chrono::milliseconds> cancel_after = {})
{
  auto main = [&]() -> asio::awaitable<std::optional<std::string>> {
    auto fetching = a2a::create_task(co_await asio::this_coro::executor,
                                     fetch_with_timeout(s, "/index.html", limit));
    if (cancel_after) {
      co_await a2a::sleep(*cancel_after);
      fetching.cancel();
    }
    co_return co_await fetching.get();
  };
  return a2a::run(main());
}

// True if `run` ends with the exception a cancellation ends with.
bool ends_cancelled(const std::function<void()>& run)
{
  try {
    run();
  } catch (const boost::system::system_error& e) {
    return e.code() == asio::error::operation_aborted;
  }
  return false;
}

}  // namespace

TEST_CASE("in time: the response, and the connection closed")
{
  server s(1s);
  CHECK(fetch_in_task(s, 2s) == "contents of /index.html (connection 1)");
  CHECK(s.events == events{"connected", "fetched", "closed"});
  CHECK(s.open_connections == 0);
  CHECK(a2a::elapsed() == 1.6);
}

TEST_CASE("too slow: nothing, at the limit; the fetch is cancelled and the connection closed")
{
  server s(5s);
  CHECK(fetch_in_task(s, 2s) == std::nullopt);
  CHECK(s.events == events{"connected", "fetch cancelled", "closed"});
  CHECK(s.open_connections == 0);
  CHECK(a2a::elapsed() == 2.6);
}

TEST_CASE("a fetch that ends exactly at the limit is in time")
{
  server s(2s);
  CHECK(fetch_in_task(s, 2s).has_value());
  CHECK(s.events == events{"connected", "fetched", "closed"});
}

TEST_CASE("the fetch throws: the exception comes out after the connection is closed")
{
  server s(1s, true);
  CHECK_THROWS_WITH(fetch_in_task(s, 2s), "server error");
  CHECK(s.events == events{"connected", "closed"});
  CHECK(s.open_connections == 0);
}

TEST_CASE("cancelled during the fetch: the connection is closed, the cancellation comes out")
{
  server s(5s);
  CHECK(ends_cancelled([&] { fetch_in_task(s, 10s, 1s); }));
  CHECK(s.events == events{"connected", "fetch cancelled", "closed"});
  CHECK(s.open_connections == 0);
  CHECK(a2a::elapsed() == 1.5);
}

TEST_CASE("cancelled during the close: the close still runs to its end")
{
  server s(1s);
  try {
    fetch_in_task(s, 2s, 1300ms);
  } catch (const boost::system::system_error& e) {
    CHECK(e.code() == asio::error::operation_aborted);
  }
  CHECK(s.events == events{"connected", "fetched", "closed"});
  CHECK(s.open_connections == 0);
  CHECK(a2a::elapsed() == 1.6);
}

TEST_CASE("a timeout followed by a cancellation during the close: still closed")
{
  server s(5s);
  try {
    fetch_in_task(s, 1s, 1300ms);
  } catch (const boost::system::system_error& e) {
    CHECK(e.code() == asio::error::operation_aborted);
  }
  CHECK(s.events == events{"connected", "fetch cancelled", "closed"});
  CHECK(s.open_connections == 0);
}
