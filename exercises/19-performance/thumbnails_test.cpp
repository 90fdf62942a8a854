#include "thumbnails.hpp"

#include "testing.hpp"

namespace {

std::vector<std::string> make(image_store& store, std::vector<int> ids)
{
  return a2a::run(make_thumbnails(store, std::move(ids)));
}

// In debug mode (chapter 18), which counts the steps that held the loop longer than 100 ms
// and reports each one on stderr.
int slow_steps_making(image_store& store, std::vector<int> ids)
{
  return a2a::run([&]() -> asio::awaitable<int> {
    co_await make_thumbnails(store, std::move(ids));
    co_return a2a::slow_steps();
  }(), a2a::debug_options{.slow_step = 100ms});
}

std::vector<int> one_to(int n)
{
  std::vector<int> ids;
  for (int id = 1; id <= n; ++id) ids.push_back(id);
  return ids;
}

}  // namespace

TEST_CASE("every thumbnail, in the order of the ids, and every one saved")
{
  image_store store;
  auto thumbnails = make(store, {3, 1, 2});
  CHECK(thumbnails == std::vector<std::string>{"thumbnail of image 3", "thumbnail of image 1", "thumbnail of image 2"});
  CHECK(store.saved == thumbnails);
}

TEST_CASE("the loop never stalls: no resize on its thread")
{
  image_store store;
  CHECK(slow_steps_making(store, one_to(10)) == 0);
}

TEST_CASE("as many fetches at once as the store allows, and never more")
{
  image_store store;
  CHECK(make(store, one_to(50)).size() == 50);
  CHECK(store.most_fetching == store.connections);
}

TEST_CASE("a store with fewer connections gets fewer at once")
{
  image_store store;
  store.connections = 3;
  CHECK(make(store, one_to(20)).size() == 20);
  CHECK(store.most_fetching == 3);
}

TEST_CASE("few save calls: 250 thumbnails in 3")
{
  image_store store;
  make(store, one_to(250));
  CHECK(store.saved.size() == 250);
  CHECK(store.save_calls == 3);
}

TEST_CASE("no ids: nothing fetched, nothing saved")
{
  image_store store;
  CHECK(make(store, {}).empty());
  CHECK(store.save_calls == 0);
}
