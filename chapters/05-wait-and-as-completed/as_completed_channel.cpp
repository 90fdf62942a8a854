// Results as they complete, with plain Asio: every fetch drops its result into a channel the
// moment it finishes, and main takes them out in that order.
#include <a2a/a2a.hpp>

using results_channel = asio::experimental::channel<void(boost::system::error_code, std::string)>;

asio::awaitable<std::string> fetch_data(int url_id, std::chrono::seconds delay)
{
  co_await a2a::sleep(delay);
  co_return fmt::format("Data from URL {}", url_id);
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  std::vector<std::pair<int, std::chrono::seconds>> urls{{1, 3s}, {2, 1s}, {3, 2s}};
  results_channel results(executor, urls.size());  // room for all: a send never waits

  for (auto [url_id, delay] : urls) {
    asio::co_spawn(executor, fetch_data(url_id, delay),
                   [&results](std::exception_ptr error, std::string data) {
                     if (error) data = "failed";
                     results.try_send(boost::system::error_code{}, std::move(data));
                   });
  }

  for (std::size_t i = 0; i < urls.size(); ++i) {
    auto data = co_await results.async_receive(asio::use_awaitable);
    a2a::log("Received: {}", data);
  }
}

int main()
{
  a2a::run(async_main());
}
