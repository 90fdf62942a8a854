// Retrying what is worth retrying, with exponential back-off and jitter: the source's
// fetch_with_retry, with what it leaves out. A 404 or a 400 will not change if asked again;
// a 503, a timeout, a refused or cut connection, a failed look-up may.
#pragma once
#include "http_client.hpp"

#include <random>

struct retry_policy {
  int attempts = 4;                              // in all, the first one included
  std::chrono::milliseconds first_wait{100};     // then 200, 400, ... each with jitter
  double jitter = 0.5;                           // each wait is scaled by 1 - jitter .. 1 + jitter
};

// 5xx and 429 are worth another try; other statuses are answers.
bool worth_retrying(unsigned status);
bool worth_retrying(http_failure failure);

// session.get(url) until it gives an answer that is not worth retrying, or the attempts are
// used up: then the last answer (a 503, say) or the last http_error. `random` makes the
// jitter; on_retry (if given) hears about each retry before its wait.
asio::awaitable<http_response> get_with_retries(
    http_session& session, std::string url, retry_policy policy, std::mt19937& random,
    std::function<void(int attempt, std::string_view why, std::chrono::milliseconds wait)> on_retry = {});
