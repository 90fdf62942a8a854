#include "payments.hpp"

asio::awaitable<void> payments::charge(std::string buyer, int)
{
  co_await a2a::sleep(1s);
  if (declined.contains(buyer)) throw payment_declined(buyer + "'s card was declined");
}
