#include "box_office.hpp"

asio::awaitable<bool> box_office::buy(payments& bank, std::string buyer, int seats)
{
  auto held = co_await counter.hold();  // from the check to the write; released however we leave
  if (seats_left < seats) co_return false;
  co_await bank.charge(buyer, seats);
  seats_left -= seats;
  sold.push_back(buyer);
  co_return true;
}

latch::latch(std::size_t count) : count_(count)
{
  if (count_ == 0) done_.set();
}

void latch::count_down()
{
  if (count_ == 0) throw std::logic_error("latch counted down below zero");
  if (--count_ == 0) done_.set();
}

asio::awaitable<void> latch::wait()
{
  co_await done_.wait();
}
