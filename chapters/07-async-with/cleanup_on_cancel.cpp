// The body is cancelled (a timeout): exit() still runs, and runs to its end even though the
// deadline passes while it awaits. The timeout is reported after that.
#include <a2a/a2a.hpp>

struct connection {
  std::string name;

  asio::awaitable<void> enter()
  {
    co_await a2a::sleep(500ms);
    a2a::log("{}: open", name);
  }

  asio::awaitable<void> exit(std::exception_ptr error)
  {
    a2a::log("{}: closing ({})", name, a2a::is_cancellation(error) ? "cancelled" : "finished");
    co_await a2a::sleep(1s);
    a2a::log("{}: closed", name);
  }
};

asio::awaitable<void> work(std::chrono::milliseconds how_long)
{
  co_await a2a::sleep(how_long);
}

asio::awaitable<void> use_connection(std::string name, std::chrono::milliseconds how_long)
{
  connection conn{name};
  co_await a2a::async_with(conn, [how_long] { return work(how_long); });
}

asio::awaitable<void> async_main()
{
  // The deadline passes in the body of the first, and during the exit of the second.
  for (auto [name, how_long] : {std::pair{"slow", 5000ms}, {"quick", 1000ms}}) {
    try {
      co_await a2a::wait_for(use_connection(name, how_long), 2s);
      a2a::log("{}: done in time", name);
    } catch (const a2a::timeout_error&) {
      a2a::log("{}: timed out", name);
    }
  }
}

int main()
{
  a2a::run(async_main());
}
