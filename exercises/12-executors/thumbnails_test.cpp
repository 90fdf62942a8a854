#include "thumbnails.hpp"

#include "testing.hpp"

#include <thread>

namespace {

std::vector<std::string> thumbnails(const std::vector<outcome>& outcomes)
{
  std::vector<std::string> result;
  for (auto& o : outcomes) result.push_back(o.thumbnail);
  return result;
}

}  // namespace

TEST_CASE("every image resized, in order, on the pool's threads at the same time")
{
  a2a::thread_pool pool(3);
  std::vector<image> images{{"a", 2}, {"b", 1}, {"c", 2}};
  auto outcomes = a2a::run(make_thumbnails(pool, images));
  CHECK(thumbnails(outcomes) == std::vector<std::string>{"a-thumb", "b-thumb", "c-thumb"});
  CHECK(a2a::elapsed() == 2.0);  // in parallel: as long as the largest image
}

TEST_CASE("the loop stays free while the pool works")
{
  a2a::thread_pool pool(2);
  int beats = 0;
  auto main = [&]() -> asio::awaitable<void> {
    auto heartbeat = [&]() -> asio::awaitable<void> {
      for (; beats < 2; ++beats) co_await a2a::sleep(200ms);
    };
    std::vector<image> images{{"big", 3}};
    co_await a2a::gather(make_thumbnails(pool, images), heartbeat());
  };
  a2a::run(main());
  CHECK(beats == 2);
  CHECK(a2a::elapsed() == 3.0);
}

TEST_CASE("an exception from the pool becomes that image's error; the others are fine")
{
  a2a::thread_pool pool(2);
  std::vector<image> images{{"good", 1}, {"bad", 1, true}, {"fine", 1}};
  auto outcomes = a2a::run(make_thumbnails(pool, images));
  REQUIRE(outcomes.size() == 3);
  CHECK(thumbnails(outcomes) == std::vector<std::string>{"good-thumb", "", "fine-thumb"});
  CHECK(outcomes[1].error == "bad is corrupt");
  CHECK(outcomes[0].error.empty());
}

TEST_CASE("no images: nothing to do")
{
  a2a::thread_pool pool(1);
  CHECK(a2a::run(make_thumbnails(pool, {})).empty());
}

TEST_CASE("the pool shut down with work pending: what never started says so")
{
  a2a::thread_pool pool(1);  // one image at a time: at most one can be running
  auto main = [&]() -> asio::awaitable<std::vector<outcome>> {
    std::vector<image> images{{"a", 1}, {"b", 1}, {"c", 1}};
    auto making = a2a::create_task(co_await asio::this_coro::executor,
                                   make_thumbnails(pool, images));
    co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable);
    co_await pool.shutdown(true);
    co_return co_await making.get();
  };
  auto outcomes = a2a::run(main());
  REQUIRE(outcomes.size() == 3);
  int not_started = 0;
  for (auto& o : outcomes) {
    bool made = o.thumbnail == o.name + "-thumb" && o.error.empty();
    bool skipped = o.thumbnail.empty() && o.error == "not started";
    CHECK((made || skipped));
    not_started += skipped;
  }
  CHECK(not_started >= 2);
  CHECK(pool.in_flight() == 0);
}
