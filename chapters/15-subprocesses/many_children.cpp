// Many children, at most three at a time: the semaphore of chapter 10 around each one, and
// gather to keep every child's output in the order the commands were given, whatever order
// they finish in.
#include "child.hpp"

asio::awaitable<std::string> shout(a2a::semaphore& slots, std::string word)
{
  auto held = co_await slots.hold();  // until this child has ended
  auto executor = co_await asio::this_coro::executor;
  child shouter(executor, {"sh", "-c", R"(echo "$1" | tr a-z A-Z)", "sh", word});
  auto result = co_await communicate(shouter);
  co_return fmt::format("{} -> {}", word, result.out.substr(0, result.out.find('\n')));
}

asio::awaitable<void> async_main()
{
  std::vector<std::string> words{"one", "two", "three", "four", "five", "six", "seven", "eight"};
  a2a::semaphore slots(3);
  std::vector<asio::awaitable<std::string>> shouting;
  for (auto& word : words) shouting.push_back(shout(slots, word));
  for (auto& line : co_await a2a::gather(std::move(shouting))) fmt::print("{}\n", line);
}

int main()
{
  a2a::run(async_main());
}
