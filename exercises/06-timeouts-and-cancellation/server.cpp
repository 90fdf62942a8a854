#include "fetch.hpp"

namespace {

// Runs `step`, recording `cancelled` if it is cancelled.
asio::awaitable<void> note_cancellation(asio::awaitable<void> step, server& s,
                                        std::string cancelled)
{
  try {
    co_await std::move(step);
  } catch (const boost::system::system_error& e) {
    if (e.code() == asio::error::operation_aborted) s.events.push_back(cancelled);
    throw;
  }
}

}  // namespace

asio::awaitable<int> server::connect()
{
  co_await a2a::sleep(100ms);
  ++open_connections;
  events.push_back("connected");
  co_return open_connections;
}

asio::awaitable<std::string> server::fetch(int connection, std::string path)
{
  co_await note_cancellation(a2a::sleep(response_time), *this, "fetch cancelled");
  if (broken) throw std::runtime_error("server error");
  events.push_back("fetched");
  co_return fmt::format("contents of {} (connection {})", path, connection);
}

asio::awaitable<void> server::close(int)
{
  co_await note_cancellation(a2a::sleep(500ms), *this, "close interrupted");
  --open_connections;
  events.push_back("closed");
}
