#include "crawler.hpp"

asio::awaitable<std::vector<std::string>> website::fetch(std::string url)
{
  ++fetches;
  ++in_flight;
  try {
    co_await a2a::sleep(1s);
  } catch (...) {
    --in_flight;
    throw;
  }
  --in_flight;
  auto page = links.find(url);
  if (page == links.end()) throw broken_page(url + " is broken");
  co_return page->second;
}
