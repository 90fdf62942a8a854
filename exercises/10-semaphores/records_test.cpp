#include "records.hpp"

#include "testing.hpp"

namespace {

using strings = std::vector<std::string>;

void check_all_permits_back(const a2a::semaphore& connections, std::size_t permits)
{
  CHECK(connections.value() == permits);
  CHECK(connections.waiters() == 0);
}

}  // namespace

TEST_CASE("all records, in order, at most 2 at a time: 5 records take 3 s")
{
  records_api api;
  a2a::semaphore connections(2);
  auto records = a2a::run(fetch_records(api, {1, 2, 3, 4, 5}, connections));
  CHECK(records == strings{"record 1", "record 2", "record 3", "record 4", "record 5"});
  CHECK(api.most_open == 2);
  CHECK(a2a::elapsed() == 3.0);
  check_all_permits_back(connections, 2);
}

TEST_CASE("no ids: no records, no waiting")
{
  records_api api;
  a2a::semaphore connections(2);
  CHECK(a2a::run(fetch_records(api, {}, connections)).empty());
  CHECK(a2a::elapsed() == 0.0);
}

TEST_CASE("a broken record: its error comes out, and every permit is given back")
{
  records_api api;
  api.broken = {2};
  a2a::semaphore connections(2);
  CHECK_THROWS_WITH(a2a::run(fetch_records(api, {1, 2, 3, 4}, connections)), "record 2 is broken");
  check_all_permits_back(connections, 2);
  CHECK(api.open == 0);

  api.broken.clear();  // and the semaphore still allows two at a time
  a2a::run(fetch_records(api, {1, 2, 3, 4}, connections));
  CHECK(a2a::elapsed() == 2.0);
}

TEST_CASE("cancelled while fetches wait for a permit: nothing is leaked, nothing keeps waiting")
{
  records_api api;
  a2a::semaphore connections(2);
  std::vector<int> ids{1, 2, 3, 4, 5};
  auto main = [&]() -> asio::awaitable<void> {
    auto fetching = a2a::create_task(co_await asio::this_coro::executor,
                                     fetch_records(api, ids, connections));
    co_await a2a::sleep(500ms);
    CHECK(connections.waiters() == 3);
    fetching.cancel();
    try {
      co_await fetching.get();
    } catch (const boost::system::system_error&) {
    }
    check_all_permits_back(connections, 2);
    CHECK(api.open == 0);
  };
  a2a::run(main());
}

TEST_CASE("two calls sharing one semaphore share its limit")
{
  records_api api;
  a2a::semaphore connections(3);
  std::vector<int> first{1, 2, 3};
  std::vector<int> second{4, 5, 6};
  auto main = [&]() -> asio::awaitable<void> {
    co_await a2a::gather(fetch_records(api, first, connections),
                         fetch_records(api, second, connections));
  };
  a2a::run(main());
  CHECK(api.most_open == 3);
  CHECK(a2a::elapsed() == 2.0);
}
