// gather over a vector built in a loop: Python's gather(*[f(x) for x in items]).
#include <a2a/a2a.hpp>

asio::awaitable<int> process_item(int item)
{
  co_await a2a::sleep(1s);
  co_return item * 2;
}

asio::awaitable<void> async_main()
{
  std::vector<int> items{1, 2, 3, 4, 5};
  std::vector<asio::awaitable<int>> work;
  for (int item : items) work.push_back(process_item(item));

  std::vector<int> results = co_await a2a::gather(std::move(work));
  a2a::log("{}", results);
}

int main()
{
  a2a::run(async_main());
}
