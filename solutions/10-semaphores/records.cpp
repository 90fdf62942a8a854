#include "records.hpp"

namespace {

asio::awaitable<std::string> fetch_one(records_api& api, int id, a2a::semaphore& connections)
{
  auto permit = co_await connections.hold();  // given back when this frame goes
  co_return co_await api.fetch(id);
}

}  // namespace

asio::awaitable<std::vector<std::string>> fetch_records(records_api& api, std::vector<int> ids,
                                                        a2a::semaphore& connections)
{
  std::vector<asio::awaitable<std::string>> fetches;
  for (int id : ids) fetches.push_back(fetch_one(api, id, connections));
  co_return co_await a2a::gather(std::move(fetches));
}
