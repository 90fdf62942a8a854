// expect-error: nodiscard
// Calling a coroutine function without co_await makes an awaitable and throws it away,
// so the body never runs. Python only warns about this at run time; C++ refuses to compile
// it, because asio::awaitable is [[nodiscard]] (and this project treats warnings as errors).
#include <a2a/a2a.hpp>

asio::awaitable<std::string> fetch_data()
{
  co_await a2a::sleep(1s);
  co_return "data";
}

asio::awaitable<void> wrong_example()
{
  fetch_data();  // missing co_await
  co_return;
}
