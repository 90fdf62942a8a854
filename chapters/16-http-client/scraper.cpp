// A polite scraper (the source's rate-limited scraping): it follows the links of the
// server's pages from /pages/1, at most 3 requests at a time (a semaphore) and at most 10
// a second (a request waits for its turn: one every 100 ms). Each page is fetched once.
// README test time scale: 1 (story waits between real requests: see cmake/tutorial.cmake)
#include "http_client.hpp"
#include "test_server.hpp"

#include <regex>
#include <set>

struct scraper {
  scraper(http_session& s, test_server& where) : session(s), server(where) {}

  http_session& session;
  test_server& server;
  a2a::semaphore at_once{3};
  std::chrono::nanoseconds next_turn{};  // story time of the next allowed request
  std::set<std::string> seen;

  // A fixed pace, the simplest rate limit (chapter 10 has a sliding window and a token bucket).
  asio::awaitable<void> wait_for_turn()
  {
    auto now = std::chrono::round<std::chrono::nanoseconds>(std::chrono::duration<double>(a2a::elapsed()));
    auto turn = std::max(now, next_turn);
    next_turn = turn + std::chrono::milliseconds(100);
    co_await a2a::sleep(turn - now);
  }

  asio::awaitable<void> visit(std::string path, int depth)
  {
    if (!seen.insert(path).second) co_return;
    std::string page;
    {
      auto held = co_await at_once.hold();
      co_await wait_for_turn();
      page = (co_await session.get(server.url(path))).body;
    }
    static const std::regex title("<h1>(.*?)</h1>"), link("href=\"(/pages/[0-9]+)\"");
    if (std::smatch found; std::regex_search(page, found, title)) a2a::log("{}", found[1].str());
    if (depth == 0) co_return;
    std::vector<asio::awaitable<void>> next;
    for (std::sregex_iterator it(page.begin(), page.end(), link), end; it != end; ++it)
      next.push_back(visit((*it)[1].str(), depth - 1));
    co_await a2a::gather(std::move(next));
  }
};

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  test_server server(executor);
  http_session session(executor);
  scraper crawl(session, server);
  co_await crawl.visit("/pages/1", 2);
  a2a::log("{} pages; connections made: {}", crawl.seen.size(), session.connections_made());
}

int main()
{
  a2a::run(async_main());
}
