// functools.partial(print, 'Hello', 'Python', end=' '): fix some arguments now, pass the
// rest later. C++ has lambdas for that, and std::bind_front for the plain case.
#include <a2a/a2a.hpp>

#include <functional>

std::string join_words(std::string separator, std::string a, std::string b, std::string c)
{
  return a + separator + b + separator + c;
}

asio::awaitable<void> async_main()
{
  auto hello = std::bind_front(join_words, "-", "Hello", "Python");  // partial(...)
  fmt::print("{}\n", hello("Script"));

  auto spaced = [](std::string word) { return join_words(" ", "Hello", "Python", word); };
  fmt::print("{}\n", spaced("Script"));

  // run_in_executor takes a function and its positional arguments only; a lambda passes
  // anything: here the separator "keyword" too.
  auto line = co_await a2a::to_thread([] { return join_words(", ", "Hello", "Python", "C++"); });
  fmt::print("{}\n", line);
}

int main()
{
  a2a::run(async_main());
}
