#include "mirrors.hpp"

asio::awaitable<std::string> fastest_download(network& net, std::vector<mirror> mirrors,
                                              std::string file)
{
  // TODO: this tries one mirror after another. Start every download at once, keep the
  // first that succeeds, and make sure the others have stopped before you return.
  for (auto& m : mirrors) {
    try {
      co_return co_await net.download(m, file);
    } catch (const std::exception&) {
    }
  }
  throw all_mirrors_failed("every mirror failed");
}

asio::awaitable<int> download_all(network& net, std::vector<request> requests,
                                  std::function<void(const std::string&)> arrived)
{
  // TODO: this reports nothing until every download is done, and one failure loses them
  // all. Report each download the moment it finishes, failures included.
  std::vector<asio::awaitable<std::string>> downloads;
  for (auto& r : requests) downloads.push_back(net.download(r.from, r.file));
  auto results = co_await a2a::gather(std::move(downloads));
  for (auto& result : results) arrived(result);
  co_return static_cast<int>(results.size());
}
