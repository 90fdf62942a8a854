#include "pages.hpp"

using asio::experimental::coro;

coro<std::string> items(asio::any_io_executor executor, api& source)
{
  connection_lease lease(source);  // given back when the frame goes, however that happens
  for (int number = 0;; ++number) {
    auto page = co_await asio::co_spawn(executor, source.fetch_page(number), asio::deferred);
    if (page.empty()) co_return;
    for (auto& item : page) co_yield item;
  }
}

asio::awaitable<std::vector<std::string>> first_items(api& source, std::size_t how_many)
{
  std::vector<std::string> result;
  auto all = items(co_await asio::this_coro::executor, source);
  while (result.size() < how_many) {
    auto item = co_await all.async_resume(asio::use_awaitable);
    if (!item) break;
    result.push_back(std::move(*item));
  }
  co_return result;
}
