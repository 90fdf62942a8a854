#include "pages.hpp"

using asio::experimental::coro;

// A coro cannot co_await an asio::awaitable directly; co_spawn turns one into an operation
// it can await: co_await asio::co_spawn(executor, source.fetch_page(n), asio::deferred);
coro<std::string> items(asio::any_io_executor executor, api& source)
{
  // TODO: this fetches every page before it yields anything. Fetch a page only when the
  // items before it have been taken.
  connection_lease lease(source);
  std::vector<std::string> everything;
  for (int number = 0;; ++number) {
    auto page = co_await asio::co_spawn(executor, source.fetch_page(number), asio::deferred);
    if (page.empty()) break;
    everything.insert(everything.end(), page.begin(), page.end());
  }
  for (auto& item : everything) co_yield item;
}

asio::awaitable<std::vector<std::string>> first_items(api& source, std::size_t how_many)
{
  // TODO: this takes every item and then drops the extra ones. Stop asking once you have
  // `how_many`.
  std::vector<std::string> result;
  auto all = items(co_await asio::this_coro::executor, source);
  while (auto item = co_await all.async_resume(asio::use_awaitable)) result.push_back(*item);
  if (result.size() > how_many) result.resize(how_many);
  co_return result;
}
