#include "mirrors.hpp"

using asio::experimental::make_parallel_group;
using asio::experimental::wait_for_one_success;

asio::awaitable<std::string> fastest_download(network& net, std::vector<mirror> mirrors,
                                              std::string file)
{
  // A ranged parallel group over nothing would never complete.
  if (mirrors.empty()) throw all_mirrors_failed("no mirrors to ask");

  auto executor = co_await asio::this_coro::executor;
  using operation = decltype(asio::co_spawn(executor, net.download(mirrors[0], file),
                                            asio::deferred));
  std::vector<operation> downloads;
  for (auto& m : mirrors)
    downloads.push_back(asio::co_spawn(executor, net.download(m, file), asio::deferred));

  // Like ||: the first success wins and the group cancels the others; it completes only
  // once they have all stopped.
  auto [order, errors, results] = co_await make_parallel_group(std::move(downloads))
                                      .async_wait(wait_for_one_success(), asio::use_awaitable);
  for (auto index : order)
    if (!errors[index]) co_return results[index];
  throw all_mirrors_failed("every mirror failed");
}

namespace {

struct outcome {
  std::string text;
  bool succeeded;
};

// Turns a failure into a value, so that it can be reported like a success.
asio::awaitable<outcome> fetch(network& net, request r)
{
  try {
    auto text = co_await net.download(r.from, r.file);
    co_return outcome{text, true};
  } catch (const std::exception& e) {
    co_return outcome{fmt::format("{} failed: {}", r.file, e.what()), false};
  }
}

}  // namespace

asio::awaitable<int> download_all(network& net, std::vector<request> requests,
                                  std::function<void(const std::string&)> arrived)
{
  std::vector<asio::awaitable<outcome>> downloads;
  for (auto& r : requests) downloads.push_back(fetch(net, r));

  int succeeded = 0;
  a2a::as_completed arrivals(co_await asio::this_coro::executor, std::move(downloads));
  while (auto finished = co_await arrivals.next()) {
    arrived(finished->text);
    if (finished->succeeded) ++succeeded;
  }
  co_return succeeded;
}
