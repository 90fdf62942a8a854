#include "crawler.hpp"

#include "testing.hpp"

namespace {

using pages = std::set<std::string>;

website small_site()
{
  website site;
  site.links = {{"/", {"/a", "/b"}}, {"/a", {"/", "/b", "/c"}}, {"/b", {"/c"}}, {"/c", {"/a"}}};
  return site;
}

website wide_site()  // the home page links to six pages with no further links
{
  website site;
  site.links["/"] = {"/1", "/2", "/3", "/4", "/5", "/6"};
  for (auto& page : site.links["/"]) site.links[page] = {};
  return site;
}

}  // namespace

TEST_CASE("every reachable page is fetched exactly once, cycles included")
{
  auto site = small_site();
  auto report = a2a::run(crawl(site, "/", 2));
  CHECK(report.visited == pages{"/", "/a", "/b", "/c"});
  CHECK(report.broken.empty());
  CHECK(site.fetches == 4);
}

TEST_CASE("the workers fetch at the same time: 3 workers, 6 pages behind the home page, 3 s")
{
  auto site = wide_site();
  a2a::run(crawl(site, "/", 3));
  CHECK(site.fetches == 7);
  CHECK(a2a::elapsed() == 3.0);
}

TEST_CASE("a broken page is recorded and the crawl goes on")
{
  auto site = small_site();
  site.links["/b"] = {"/c", "/missing"};
  auto report = a2a::run(a2a::wait_for(crawl(site, "/", 2), 60s));
  CHECK(report.visited == pages{"/", "/a", "/b", "/c"});
  CHECK(report.broken == pages{"/missing"});
}

TEST_CASE("a broken start page: nothing visited, one broken")
{
  website site;
  auto report = a2a::run(a2a::wait_for(crawl(site, "/", 1), 60s));
  CHECK(report.visited.empty());
  CHECK(report.broken == pages{"/"});
}

TEST_CASE("no worker is left running when crawl() returns")
{
  auto site = wide_site();
  auto main = [&]() -> asio::awaitable<int> {
    co_await crawl(site, "/", 3);
    int fetches_then = site.fetches;
    co_await a2a::sleep(10s);
    CHECK(site.in_flight == 0);
    co_return site.fetches - fetches_then;
  };
  CHECK(a2a::run(main()) == 0);
}

TEST_CASE("cancelled mid-crawl, in the middle of fetches: every worker has stopped")
{
  auto site = wide_site();
  auto main = [&]() -> asio::awaitable<void> {
    auto crawling = a2a::create_task(co_await asio::this_coro::executor, crawl(site, "/", 3));
    co_await a2a::sleep(1500ms);
    crawling.cancel();
    try {
      co_await crawling.get();
    } catch (const boost::system::system_error&) {
    }
    CHECK(site.in_flight == 0);
    int fetches_then = site.fetches;
    co_await a2a::sleep(10s);
    CHECK(site.fetches == fetches_then);
  };
  a2a::run(main());
}

TEST_CASE("no workers is an error")
{
  auto site = small_site();
  CHECK_THROWS_AS(a2a::run(crawl(site, "/", 0)), std::invalid_argument);
}
