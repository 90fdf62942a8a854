#include "records.hpp"

asio::awaitable<std::vector<std::string>> fetch_records(records_api& api, std::vector<int> ids,
                                                        a2a::semaphore& connections)
{
  // TODO: this fetches one record at a time, and a failing fetch never gives its permit
  // back. Start all fetches at once (a2a::gather), each holding a permit for as long as it
  // runs, given back however it ends.
  std::vector<std::string> records;
  for (int id : ids) {
    co_await connections.acquire();
    records.push_back(co_await api.fetch(id));
    connections.release();
  }
  co_return records;
}
