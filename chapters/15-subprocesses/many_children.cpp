// Many children, at most three at a time: the semaphore of chapter 10 around each one, and
// gather to keep every child's output in the order the commands were given, whatever order
// they finish in.
#include "child.hpp"

asio::awaitable<std::string> shout(a2a::semaphore& slots, int& running, int& most_running, std::string word)
{
  auto held = co_await slots.hold();
  most_running = std::max(most_running, ++running);
  auto executor = co_await asio::this_coro::executor;
  child shouter(executor, {"sh", "-c", R"(echo "$1" | tr a-z A-Z)", "sh", word});
  auto result = co_await communicate(shouter);
  --running;
  co_return fmt::format("{} -> {}", word, result.out.substr(0, result.out.find('\n')));
}

asio::awaitable<void> async_main()
{
  std::vector<std::string> words{"one", "two", "three", "four", "five", "six", "seven", "eight"};
  a2a::semaphore slots(3);
  int running = 0, most_running = 0;
  std::vector<asio::awaitable<std::string>> shouting;
  for (auto& word : words) shouting.push_back(shout(slots, running, most_running, word));
  for (auto& line : co_await a2a::gather(std::move(shouting))) fmt::print("{}\n", line);
  fmt::print("{} children, {} at once\n", words.size(), most_running <= 3 ? "never more than 3" : "MORE THAN 3");
}

int main()
{
  a2a::run(async_main());
}
