// asyncio.Queue is not thread-safe, and neither is a2a::queue: both belong to one event
// loop. Between threads, Asio has experimental::concurrent_channel: here a plain thread
// sends, and a coroutine on the loop receives.
#include <a2a/a2a.hpp>

#include <boost/asio/experimental/concurrent_channel.hpp>

#include <thread>

using results_channel =
    asio::experimental::concurrent_channel<void(boost::system::error_code, int)>;

asio::awaitable<void> async_main()
{
  results_channel results(co_await asio::this_coro::executor, 4);

  std::thread worker([&results] {
    for (int i = 1; i <= 5; ++i) {
      while (!results.try_send(boost::system::error_code{}, i * i)) std::this_thread::yield();
    }
  });

  for (int i = 1; i <= 5; ++i) {
    int square = co_await results.async_receive(asio::use_awaitable);
    fmt::print("the loop received {}\n", square);
  }
  worker.join();
}

int main()
{
  a2a::run(async_main());
}
