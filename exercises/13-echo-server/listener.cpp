// Given: the accept loop. Each client gets its own coroutine; a failure is reported, never
// swallowed (chapter 13, detached_exception).
#include "store.hpp"

asio::awaitable<void> serve(asio::ip::tcp::acceptor& listener, store& data, limits limits)
{
  auto executor = co_await asio::this_coro::executor;
  std::vector<a2a::Task<void>> clients;
  for (;;) {
    auto [error, socket] = co_await listener.async_accept(asio::as_tuple(asio::use_awaitable));
    if (error == asio::error::operation_aborted || !listener.is_open()) break;
    if (error) continue;
    clients.push_back(a2a::create_task(executor, serve_client(std::move(socket), data, limits)));
  }
  for (auto& client : clients) {
    try {
      co_await client.get();
    } catch (const std::exception& e) {
      fmt::print(stderr, "a client's connection failed: {}\n", e.what());
    }
  }
}
