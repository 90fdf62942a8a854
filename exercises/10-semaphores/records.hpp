// Exercise 10: many fetches, few connections. Write fetch_records() in records.cpp; the
// API (records_api.cpp) is given.
#pragma once
#include <a2a/a2a.hpp>

#include <set>

// A pretend API that counts its open connections.
struct records_api {
  std::set<int> broken;  // fetching one of these throws std::runtime_error("record N is broken")
  int open = 0;
  int most_open = 0;

  asio::awaitable<std::string> fetch(int id);  // takes 1 s; returns "record N"
};

// Fetches every id, in the order given, with all fetches started at once but at most as
// many open at a time as `connections` has permits (share it between calls to share the
// limit). If a fetch throws, the others are cancelled and its exception comes out. However
// it ends, every permit is given back: after an error, and after a cancellation that
// arrives while fetches are still queued for a permit.
asio::awaitable<std::vector<std::string>> fetch_records(records_api& api, std::vector<int> ids,
                                                        a2a::semaphore& connections);
