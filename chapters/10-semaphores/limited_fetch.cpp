// The same limit around a fetch: ten requests to one server, never more than three open.
#include <a2a/a2a.hpp>

int open_connections = 0;
int most_open = 0;

asio::awaitable<std::pair<std::string, int>> limited_fetch(a2a::semaphore& semaphore,
                                                           std::string url)
{
  auto permit = co_await semaphore.hold();
  most_open = std::max(most_open, ++open_connections);
  co_await a2a::sleep(300ms);  // the request
  --open_connections;
  co_return std::pair(url, 200);
}

asio::awaitable<void> async_main()
{
  a2a::semaphore semaphore(3);
  std::vector<asio::awaitable<std::pair<std::string, int>>> fetches;
  for (int i = 0; i < 10; ++i) fetches.push_back(limited_fetch(semaphore, "/json/example.json"));
  auto results = co_await a2a::gather(std::move(fetches));
  a2a::log("{} responses, status {}, at most {} connections open", results.size(),
           results.front().second, most_open);
}

int main()
{
  a2a::run(async_main());
}
