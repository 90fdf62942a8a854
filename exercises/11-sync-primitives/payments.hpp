// Given: a pretend payment service for exercise 11's box office.
#pragma once
#include <a2a/a2a.hpp>

#include <set>

struct payment_declined : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A pretend payment service: charge() takes 1 s, and throws payment_declined for the
// buyers in `declined`.
struct payments {
  std::set<std::string> declined;
  asio::awaitable<void> charge(std::string buyer, int seats);
};
