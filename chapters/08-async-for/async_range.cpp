// An async iterator: next() awaits whatever it takes to produce the next value, and
// std::nullopt means "no more" (Python: StopAsyncIteration). `async for` becomes a while loop.
#include <a2a/a2a.hpp>

class async_range {
 public:
  async_range(int start, int end) : current_(start), end_(end) {}

  asio::awaitable<std::optional<int>> next()
  {
    if (current_ >= end_) co_return std::nullopt;
    co_await a2a::sleep(500ms);  // fetching the next value takes a while
    co_return current_++;
  }

 private:
  int current_;
  int end_;
};

asio::awaitable<void> async_main()
{
  async_range numbers(1, 5);
  while (auto number = co_await numbers.next()) a2a::log("Got number: {}", *number);
}

int main()
{
  a2a::run(async_main());
}
