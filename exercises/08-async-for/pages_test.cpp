#include "pages.hpp"

#include "testing.hpp"

namespace {

using strings = std::vector<std::string>;

api three_pages()
{
  api source;
  source.pages = {{"a", "b"}, {"c", "d"}, {"e"}};
  return source;
}

// Takes up to `limit` items from items(), then destroys the generator and reports how many
// connections were still in use right after that.
struct taken {
  strings values;
  int connections_after;
};
taken take(api& source, std::size_t limit)
{
  auto main = [&]() -> asio::awaitable<taken> {
    taken result;
    {
      auto generator = items(co_await asio::this_coro::executor, source);
      while (result.values.size() < limit) {
        auto item = co_await generator.async_resume(asio::use_awaitable);
        if (!item) break;
        result.values.push_back(*item);
      }
    }
    result.connections_after = source.connections_in_use;
    co_return result;
  };
  return a2a::run(main());
}

}  // namespace

TEST_CASE("items: every item of every page, in order; the connection given back")
{
  auto source = three_pages();
  auto result = take(source, 100);
  CHECK(result.values == strings{"a", "b", "c", "d", "e"});
  CHECK(result.connections_after == 0);
  CHECK(source.events == strings{"page 0", "page 1", "page 2", "page 3"});
}

TEST_CASE("items: a page is fetched only when it is needed")
{
  auto source = three_pages();
  auto result = take(source, 1);
  CHECK(result.values == strings{"a"});
  CHECK(source.events == strings{"page 0"});
  CHECK(a2a::elapsed() == 0.3);
}

TEST_CASE("items: a generator abandoned early gives its connection back at once")
{
  auto source = three_pages();
  auto result = take(source, 3);
  CHECK(result.values == strings{"a", "b", "c"});
  CHECK(result.connections_after == 0);
  CHECK(source.events == strings{"page 0", "page 1"});
}

TEST_CASE("items: an API with no pages yields nothing, and gives the connection back")
{
  api source;
  auto result = take(source, 100);
  CHECK(result.values.empty());
  CHECK(result.connections_after == 0);
}

TEST_CASE("items: a broken page fails after the items before it; the connection is given back")
{
  auto source = three_pages();
  source.broken_page = 1;
  strings seen;
  auto main = [&]() -> asio::awaitable<void> {
    auto generator = items(co_await asio::this_coro::executor, source);
    for (;;) {
      auto item = co_await generator.async_resume(asio::use_awaitable);
      if (!item) break;
      seen.push_back(*item);
    }
  };
  CHECK_THROWS_WITH(a2a::run(main()), "page 1 is broken");
  CHECK(seen == strings{"a", "b"});
  CHECK(source.connections_in_use == 0);
}

TEST_CASE("first_items: the first few, fetching no page more than needed")
{
  auto source = three_pages();
  CHECK(a2a::run(first_items(source, 3)) == strings{"a", "b", "c"});
  CHECK(source.events == strings{"page 0", "page 1"});
  CHECK(source.connections_in_use == 0);
}

TEST_CASE("first_items: asking for none fetches nothing; asking for too many gets all")
{
  auto source = three_pages();
  CHECK(a2a::run(first_items(source, 0)).empty());
  CHECK(source.events.empty());
  CHECK(a2a::run(first_items(source, 10)) == strings{"a", "b", "c", "d", "e"});
  CHECK(source.connections_in_use == 0);
}
