#include "retry.hpp"

bool worth_retrying(unsigned status)
{
  return status >= 500 || status == 429;
}

bool worth_retrying(http_failure failure)
{
  return failure == http_failure::timeout || failure == http_failure::refused || failure == http_failure::closed_early ||
         failure == http_failure::network;
}

asio::awaitable<http_response> get_with_retries(
    http_session& session, std::string url, retry_policy policy, std::mt19937& random,
    std::function<void(int, std::string_view, std::chrono::milliseconds)> on_retry)
{
  std::uniform_real_distribution<double> spread(1 - policy.jitter, 1 + policy.jitter);
  auto wait = policy.first_wait;
  for (int attempt = 1;; ++attempt) {
    std::string why;
    try {
      auto response = co_await session.get(url);
      if (!worth_retrying(response.status) || attempt == policy.attempts) co_return response;
      why = fmt::format("status {}", response.status);
    } catch (const http_error& e) {
      if (!worth_retrying(e.kind) || attempt == policy.attempts) throw;
      why = e.what();
    }
    // Jitter: many clients that failed together must not all come back at the same moment.
    auto this_wait = std::chrono::milliseconds(static_cast<long>(wait.count() * spread(random)));
    if (on_retry) on_retry(attempt, why, this_wait);
    co_await a2a::sleep(this_wait);
    wait *= 2;
  }
}
