#include "box_office.hpp"

asio::awaitable<bool> box_office::buy(payments& bank, std::string buyer, int seats)
{
  // TODO: between the check and the write there is a co_await, and other buyers run
  // meanwhile: two of them can buy the last seats. Hold `counter` from the check to the
  // write.
  if (seats_left < seats) co_return false;
  co_await bank.charge(buyer, seats);
  seats_left -= seats;
  sold.push_back(buyer);
  co_return true;
}

latch::latch(std::size_t count) : count_(count) {}

void latch::count_down()
{
  // TODO: throw std::logic_error when the count is already zero; wake the waiters when it
  // reaches zero.
  --count_;
}

asio::awaitable<void> latch::wait()
{
  // TODO: wait until the count is zero.
  co_return;
}
