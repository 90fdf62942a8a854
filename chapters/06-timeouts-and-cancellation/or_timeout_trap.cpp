// `work() || sleep(limit)` looks like a timeout, but || waits for the first *success*: an
// error from the work is swallowed, and you hear about a "timeout" only when the limit
// passes. a2a::wait_for reports the error at once.
#include <a2a/a2a.hpp>

using namespace asio::experimental::awaitable_operators;

asio::awaitable<std::string> broken_request()
{
  co_await a2a::sleep(500ms);
  throw std::runtime_error("connection refused");
}

asio::awaitable<void> async_main()
{
  auto outcome = co_await (broken_request() || a2a::sleep(5s));
  if (outcome.index() == 1) a2a::log("||: timed out (the error was lost)");

  try {
    co_await a2a::wait_for(broken_request(), 5s);
  } catch (const std::runtime_error& e) {
    a2a::log("wait_for: {}", e.what());
  }
}

int main()
{
  a2a::run(async_main());
}
