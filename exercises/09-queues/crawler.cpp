#include "crawler.hpp"

#include <deque>

asio::awaitable<crawl_report> crawl(website& site, std::string start, std::size_t workers)
{
  // TODO: this fetches one page at a time and stops at the first broken page. Start
  // `workers` workers sharing an a2a::queue, record broken pages, wait with join(), and
  // stop the workers (also when crawl() is cancelled).
  crawl_report report;
  std::set<std::string> seen{start};
  std::deque<std::string> to_visit{start};
  while (!to_visit.empty()) {
    auto url = to_visit.front();
    to_visit.pop_front();
    auto links = co_await site.fetch(url);
    report.visited.insert(url);
    for (auto& link : links)
      if (seen.insert(link).second) to_visit.push_back(link);
  }
  co_return report;
}
