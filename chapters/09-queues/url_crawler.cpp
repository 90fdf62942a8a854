// A URL queue with a visited set: three workers take URLs, skip those already seen, and
// queue the links they find. join() returns when no URL is left unprocessed.
#include <a2a/a2a.hpp>

#include <map>
#include <set>

const std::map<std::string, std::vector<std::string>> site{
    {"/", {"/a", "/b"}},
    {"/a", {"/b", "/c"}},
    {"/b", {"/", "/c"}},
    {"/c", {}},
};

asio::awaitable<std::vector<std::string>> fetch_links(std::string url)
{
  co_await a2a::sleep(1s);
  co_return site.at(url);
}

asio::awaitable<void> worker(a2a::queue<std::string>& urls, std::set<std::string>& visited,
                             int id)
{
  for (;;) {
    auto url = co_await urls.get();
    if (visited.insert(url).second) {  // checked and marked before any co_await: no race
      a2a::log("worker {} scraping {}", id, url);
      auto links = co_await fetch_links(url);
      for (auto& link : links)
        if (!visited.contains(link)) co_await urls.put(link);
    }
    urls.task_done();
  }
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  a2a::queue<std::string> urls;
  std::set<std::string> visited;
  co_await urls.put("/");

  std::vector<a2a::Task<void>> workers;
  for (int id = 1; id <= 3; ++id)
    workers.push_back(a2a::create_task(executor, worker(urls, visited, id)));

  co_await urls.join();
  for (auto& w : workers) w.cancel();
  co_await a2a::wait(workers);
  a2a::log("scraped {} unique URLs: {}", visited.size(), visited);
}

int main()
{
  a2a::run(async_main());
}
