// The source's urlopen pages, three ways: a blocking client one page after another; the
// same blocking client on a pool of six threads (run_in_executor with a ThreadPoolExecutor of
// six: the default pool's size depends on the machine's cores); and the async client,
// six requests on the loop's one thread. Each page answers after 200 ms.
// README test time scale: 1 (story waits between real requests: see cmake/tutorial.cmake)
#include "blocking_client.hpp"
#include "test_server.hpp"

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  test_server server(executor);
  std::vector<std::string> urls;
  for (int page = 1; page <= 6; ++page) urls.push_back(server.url(fmt::format("/delay/200?page={}", page)));
  auto sizes = [](auto& responses) {
    std::vector<std::size_t> all;
    for (auto& response : responses) all.push_back(response.body.size());
    return fmt::format("{}", fmt::join(all, ", "));
  };

  auto start = a2a::elapsed();
  std::vector<http_response> one_by_one;
  for (auto& url : urls) one_by_one.push_back(co_await a2a::to_thread(blocking_get, url));
  a2a::log("blocking, one after another: [{}] in {:.1f} s", sizes(one_by_one), a2a::elapsed() - start);

  start = a2a::elapsed();
  a2a::thread_pool six_threads(6);
  std::vector<asio::awaitable<http_response>> on_threads;
  for (auto& url : urls) on_threads.push_back(six_threads.run([url] { return blocking_get(url); }));
  auto threaded = co_await a2a::gather(std::move(on_threads));
  a2a::log("blocking, six threads:       [{}] in {:.1f} s", sizes(threaded), a2a::elapsed() - start);

  start = a2a::elapsed();
  http_session session(executor);
  std::vector<asio::awaitable<http_response>> requests;
  for (auto& url : urls) requests.push_back(session.get(url));
  auto async = co_await a2a::gather(std::move(requests));
  a2a::log("async, one thread:           [{}] in {:.1f} s", sizes(async), a2a::elapsed() - start);
}

int main()
{
  a2a::run(async_main());
}
