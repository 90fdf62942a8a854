// || waits for the first *success*: a fast failure does not win, the next finisher does.
// (asyncio.wait's FIRST_COMPLETED would return at the failure.)
#include <a2a/a2a.hpp>

using namespace asio::experimental::awaitable_operators;

asio::awaitable<std::string> mirror(std::chrono::milliseconds delay, std::string name, bool works)
{
  co_await a2a::sleep(delay);
  if (!works) {
    a2a::log("{} failed", name);
    throw std::runtime_error(name + " is down");
  }
  a2a::log("{} answered", name);
  co_return name;
}

asio::awaitable<void> async_main()
{
  auto winner = co_await (mirror(500ms, "nearby", false) || mirror(1s, "abroad", true));
  a2a::log("using the {} mirror (alternative #{})", std::get<1>(winner), winner.index());

  try {
    co_await (mirror(500ms, "first", false) || mirror(1s, "second", false));
  } catch (const asio::multiple_exceptions& all_failed) {
    try {
      std::rethrow_exception(all_failed.first_exception());
    } catch (const std::exception& first) {
      a2a::log("all failed; the first error: {}", first.what());
    }
  }
}

int main()
{
  a2a::run(async_main());
}
