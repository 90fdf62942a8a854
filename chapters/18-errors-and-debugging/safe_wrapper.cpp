// A wrapper that turns a failure into a value: one broken item can no longer end the gather,
// and every item's outcome comes back in order.
#include <a2a/a2a.hpp>

#include "risky.hpp"

struct outcome {
  int item;
  std::string result;  // when it worked
  std::string error;   // when it did not
};

asio::awaitable<outcome> safe_operation(int item)
{
  try {
    auto result = co_await risky_operation(item);
    co_return outcome{item, result, ""};
  } catch (const std::exception& e) {
    co_return outcome{item, "", e.what()};
  }
}

asio::awaitable<void> async_main()
{
  std::vector<asio::awaitable<outcome>> work;
  for (int item = 0; item < 5; ++item) work.push_back(safe_operation(item));
  for (auto& each : co_await a2a::gather(std::move(work))) {
    if (each.error.empty()) a2a::log("ok: {}", each.result);
    else a2a::log("failed: item {}: {}", each.item, each.error);
  }
}

int main()
{
  a2a::run(async_main());
}
