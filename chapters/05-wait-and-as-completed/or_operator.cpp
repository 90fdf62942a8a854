// Asio's own "first one wins": a || b runs both and cancels the loser. Unlike asyncio.wait,
// nothing is left pending: || returns only once the losers have stopped.
#include <a2a/a2a.hpp>

using namespace asio::experimental::awaitable_operators;

asio::awaitable<std::string> task(std::chrono::seconds delay, std::string name)
{
  try {
    co_await a2a::sleep(delay);
  } catch (const boost::system::system_error& e) {
    if (e.code() == asio::error::operation_aborted) a2a::log("{} cancelled", name);
    throw;
  }
  co_return fmt::format("{} completed", name);
}

asio::awaitable<void> async_main()
{
  // A std::variant: which alternative holds says who won.
  auto winner = co_await (task(1s, "Fast") || task(3s, "Slow") || task(2s, "Medium"));
  a2a::log("winner #{}: {}", winner.index(), std::get<0>(winner));
}

int main()
{
  a2a::run(async_main());
}
