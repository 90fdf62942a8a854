// For the servers that chapters 13 and 14 run by hand: waits for Ctrl-C (SIGINT) or SIGTERM,
// says so, and calls server.stop(), which stops accepting and lets what is in flight finish.
// Run it beside the server: co_await (server.run() && stop_on_signal(server));
#pragma once
#include <a2a/a2a.hpp>

#include <csignal>
#include <cstdio>

template <typename Server>
asio::awaitable<void> stop_on_signal(Server& server)
{
  asio::signal_set signals(co_await asio::this_coro::executor, SIGINT, SIGTERM);
  int signal = co_await signals.async_wait(asio::use_awaitable);
  fmt::print("signal {}: stopping; no new connections, what is in flight finishes first\n", signal);
  std::fflush(stdout);
  server.stop();
}
