// Exercise 06: a fetch with a deadline that always closes its connection. Write
// fetch_with_timeout() in fetch.cpp; the server (server.cpp) is given.
#pragma once
#include <a2a/a2a.hpp>

// A pretend server. It records what happened, and counts the connections left open.
struct server {
  // fetch() takes `response_time`; a broken server then throws "server error".
  explicit server(std::chrono::milliseconds response_time, bool broken = false)
      : response_time(response_time), broken(broken)
  {
  }
  std::chrono::milliseconds response_time;
  bool broken;

  int open_connections = 0;
  std::vector<std::string> events;  // "connected", "fetched", "fetch cancelled", "closed", ...

  asio::awaitable<int> connect();  // takes 100 ms, returns a connection number
  asio::awaitable<std::string> fetch(int connection, std::string path);
  asio::awaitable<void> close(int connection);  // takes 500 ms; the connection is closed only
                                                // if it runs to its end ("close interrupted")
};

// Connects, fetches `path`, and closes the connection, whatever happens.
// - Returns the response if the fetch takes at most `limit` (exactly `limit` is in time);
//   otherwise the fetch is cancelled and it returns std::nullopt. Only the fetch is limited,
//   not the connect or the close.
// - An exception from the fetch comes out, after the connection is closed.
// - If the caller cancels it, the connection is still closed, and the close runs to its end
//   even when the cancellation arrives during the close.
asio::awaitable<std::optional<std::string>> fetch_with_timeout(server& s, std::string path,
                                                               std::chrono::milliseconds limit);
