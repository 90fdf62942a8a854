// The kitchen that exercise 03 gives you.
#include "breakfast.hpp"

asio::awaitable<std::string> kitchen::use(std::string appliance, std::chrono::seconds takes,
                                          std::string product)
{
  events.push_back(appliance + " on");
  ++appliances_on;
  struct switch_off {
    int& on;
    ~switch_off() { --on; }
  } guard{appliances_on};
  try {
    if (burns == appliance) {
      co_await a2a::sleep(1s);
      events.push_back(appliance + " burnt");
      throw std::runtime_error(appliance + " burnt");
    }
    co_await a2a::sleep(takes);
  } catch (const boost::system::system_error& e) {
    if (e.code() == asio::error::operation_aborted) events.push_back(appliance + " cancelled");
    throw;
  }
  events.push_back(appliance + " done");
  co_return product;
}
