// A connection handler started with asio::detached throws, and nobody hears of it: detached
// swallows the exception. Pass a completion handler that reports it instead, as a server's
// accept loop must (lib/echo_server.cpp does).
#include <a2a/a2a.hpp>

asio::awaitable<void> handle_connection(int id)
{
  co_await a2a::sleep(1s);
  throw std::runtime_error(fmt::format("connection {}: the client sent something unexpected", id));
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  asio::co_spawn(executor, handle_connection(1), asio::detached);
  asio::co_spawn(executor, handle_connection(2), [](std::exception_ptr failure) {
    try {
      if (failure) std::rethrow_exception(failure);
    } catch (const std::exception& e) {
      a2a::log("reported: {}", e.what());
    }
  });
  co_await a2a::sleep(2s);
  a2a::log("connection 1 failed too, and nothing said so");
}

int main()
{
  a2a::run(async_main());
}
