// AsyncCounter(3): counts 0, 1, 2, waiting a second before each number.
#include <a2a/a2a.hpp>

class async_counter {
 public:
  explicit async_counter(int stop) : stop_(stop) {}

  asio::awaitable<std::optional<int>> next()
  {
    if (current_ >= stop_) co_return std::nullopt;
    co_await a2a::sleep(1s);
    co_return current_++;
  }

 private:
  int current_ = 0;
  int stop_;
};

asio::awaitable<void> async_main()
{
  async_counter counter(3);
  while (auto i = co_await counter.next()) a2a::log("{}", *i);
}

int main()
{
  a2a::run(async_main());
}
