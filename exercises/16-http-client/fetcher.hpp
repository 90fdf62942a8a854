// A fetcher: many URLs, at most `connections` requests at a time, each with a time limit
// and retries (with back-off) for what is worth retrying; every URL's result, in order.
#pragma once
#include "http_client.hpp"  // chapter 16's lib: http_session, http_error, client_options
#include "retry.hpp"        // worth_retrying(status), worth_retrying(failure)

#include <chrono>
#include <string>
#include <vector>

struct fetch_options {
  std::size_t connections = 10;                // requests in flight at once, at most
  std::chrono::milliseconds timeout{5'000};    // each attempt (real time: sockets)
  int attempts = 3;                            // in all, the first one included
  std::chrono::milliseconds first_wait{100};   // before the 2nd attempt; doubled after each
};

struct fetch_result {
  std::string url;
  unsigned status = 0;   // the last answer's status; 0 if there was none
  std::string body;
  int attempts = 0;      // how many requests were made for this URL
  std::string error;     // why there is no answer ("...: no answer in time (...)"), or empty
};

// Never throws for a URL's sake: a URL that fails gets its error, the others go on.
asio::awaitable<std::vector<fetch_result>> fetch_all(std::vector<std::string> urls, fetch_options options);
