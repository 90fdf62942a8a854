// Exercise 08: page through an API with an async generator. Write items() and first_items()
// in pages.cpp; the API (api.cpp) is given.
#pragma once
#include <a2a/a2a.hpp>

#include <boost/asio/experimental/coro.hpp>

// A pretend paginated API. It records each page fetched and counts connections in use.
struct api {
  std::vector<std::vector<std::string>> pages;  // the items, page by page
  int broken_page = -1;                         // fetching this page throws "page N is broken"

  int connections_in_use = 0;
  std::vector<std::string> events;  // "page 0", "page 1", ...

  // Takes 300 ms. Page numbers start at 0; past the last page, the page is empty.
  asio::awaitable<std::vector<std::string>> fetch_page(int number);
};

// Holds one of the API's connections while it exists.
class connection_lease {
 public:
  explicit connection_lease(api& source) : source_(source) { ++source_.connections_in_use; }
  ~connection_lease() { --source_.connections_in_use; }
  connection_lease(const connection_lease&) = delete;
  connection_lease& operator=(const connection_lease&) = delete;

 private:
  api& source_;
};

// Every item of every page, in order, while holding a connection_lease. Lazy: a page is
// fetched only when the items before it have all been taken. It ends at the first empty
// page. An exception from fetch_page comes out of the consumer's async_resume, after the
// items before it. However it ends (finished, failed, or destroyed early), the lease is
// given back.
asio::experimental::coro<std::string> items(asio::any_io_executor executor, api& source);

// The first `how_many` items (fewer if there are not that many), fetching no page more
// than needed. The connection is given back before it returns.
asio::awaitable<std::vector<std::string>> first_items(api& source, std::size_t how_many);
