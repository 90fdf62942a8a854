#include "pages.hpp"

asio::awaitable<std::vector<std::string>> api::fetch_page(int number)
{
  co_await a2a::sleep(300ms);
  events.push_back(fmt::format("page {}", number));
  if (number == broken_page) throw std::runtime_error(fmt::format("page {} is broken", number));
  if (number >= static_cast<int>(pages.size())) co_return std::vector<std::string>{};
  co_return pages[number];
}
