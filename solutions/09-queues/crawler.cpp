#include "crawler.hpp"

namespace {

asio::awaitable<void> worker(website& site, a2a::queue<std::string>& urls,
                             std::set<std::string>& seen, crawl_report& report)
{
  for (;;) {
    auto url = co_await urls.get();
    try {
      auto links = co_await site.fetch(url);
      report.visited.insert(url);
      for (auto& link : links)
        if (seen.insert(link).second) urls.put_nowait(link);
    } catch (const broken_page&) {  // not std::runtime_error: a cancellation is one too
      report.broken.insert(url);
    }
    urls.task_done();
  }
}

asio::awaitable<void> stop(std::vector<a2a::Task<void>> workers)
{
  for (auto& w : workers) w.cancel();
  co_await a2a::wait(workers);
}

}  // namespace

asio::awaitable<crawl_report> crawl(website& site, std::string start, std::size_t workers)
{
  if (workers == 0) throw std::invalid_argument("a crawl needs at least one worker");

  auto executor = co_await asio::this_coro::executor;
  a2a::queue<std::string> urls;
  std::set<std::string> seen{start};
  crawl_report report;
  urls.put_nowait(start);

  std::vector<a2a::Task<void>> pool;
  for (std::size_t i = 0; i < workers; ++i)
    pool.push_back(a2a::create_task(executor, worker(site, urls, seen, report)));

  co_await a2a::try_finally(urls.join(), stop(pool));
  co_return report;
}
