// Exercise 11: a box office that never sells a seat twice, and a countdown latch. Write
// box_office::buy() and the latch in box_office.cpp; the payment service (payments.hpp) is given.
#pragma once
#include "payments.hpp"

struct box_office {
  int seats_left = 0;
  std::vector<std::string> sold;  // one entry per buyer served, in the order served

  // Sells `seats` to `buyer` if that many are left: checks, charges the buyer, then takes
  // the seats. Returns false when too few are left. Never sells more seats than there are,
  // however many buyers come at once; buyers are served in the order they came. A declined
  // payment takes no seats and comes out as payment_declined.
  asio::awaitable<bool> buy(payments& bank, std::string buyer, int seats);

  a2a::lock counter;  // for you to use in buy()
};

// A countdown latch: wait() returns once count_down() has been called `count` times.
class latch {
 public:
  explicit latch(std::size_t count);
  void count_down();  // throws std::logic_error if the count is already zero
  asio::awaitable<void> wait();
  std::size_t count() const { return count_; }

 private:
  std::size_t count_;
  a2a::event done_;  // for you to use
};
