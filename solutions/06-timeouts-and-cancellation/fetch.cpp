#include "fetch.hpp"

namespace {

asio::awaitable<std::optional<std::string>> fetch_or_nothing(server& s, int connection,
                                                              std::string path,
                                                              std::chrono::milliseconds limit)
{
  try {
    co_return co_await a2a::wait_for(s.fetch(connection, path), limit);
  } catch (const a2a::timeout_error&) {
    co_return std::nullopt;
  }
}

}  // namespace

asio::awaitable<std::optional<std::string>> fetch_with_timeout(server& s, std::string path,
                                                               std::chrono::milliseconds limit)
{
  int connection = co_await s.connect();
  co_return co_await a2a::try_finally(fetch_or_nothing(s, connection, path, limit),
                                      s.close(connection));
}
