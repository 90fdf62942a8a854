// Make any blocking function awaitable, once, instead of wrapping every call: the Python
// article does it with a decorator; here it is a function that returns a coroutine lambda.
#include <a2a/a2a.hpp>

template <typename Blocking>
auto make_async(Blocking blocking)
{
  return [blocking](auto... args) { return a2a::to_thread(blocking, args...); };
}

std::string fetch_page(std::string url)  // a blocking library call
{
  a2a::blocking_sleep(1s);
  return fmt::format("<html>{}</html>", url);
}

asio::awaitable<void> async_main()
{
  auto async_fetch = make_async(fetch_page);
  auto [a, b, c] = co_await a2a::gather(async_fetch("/a"), async_fetch("/b"), async_fetch("/c"));
  a2a::log("{} {} {}", a, b, c);
}

int main()
{
  a2a::run(async_main());
}
