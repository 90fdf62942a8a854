// `[i async for i in AsyncCounter(3)]` has no C++ syntax: it is a loop that collects. The
// values arrive one by one, each after its own wait.
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
  std::vector<int> numbers;
  async_counter counter(3);
  while (auto i = co_await counter.next()) numbers.push_back(*i);
  a2a::log("{}", numbers);

  std::map<int, int> squares;  // {i: i * i async for i in AsyncCounter(3)}
  async_counter again(3);
  while (auto i = co_await again.next()) squares[*i] = *i * *i;
  a2a::log("{}", squares);
}

int main()
{
  a2a::run(async_main());
}
