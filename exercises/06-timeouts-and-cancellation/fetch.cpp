#include "fetch.hpp"

asio::awaitable<std::optional<std::string>> fetch_with_timeout(server& s, std::string path,
                                                               std::chrono::milliseconds limit)
{
  // TODO: the fetch has no time limit, and the connection stays open when the fetch fails
  // or is cancelled. Limit the fetch to `limit`, and close the connection in every case.
  int connection = co_await s.connect();
  auto response = co_await s.fetch(connection, path);
  co_await s.close(connection);
  co_return response;
}
