#include <a2a/a2a.hpp>

#include "testing.hpp"

TEST_CASE("queue: first in, first out; get waits for a put")
{
  auto main = []() -> asio::awaitable<std::vector<int>> {
    a2a::queue<int> q;
    auto ex = co_await asio::this_coro::executor;
    auto producer = [&]() -> asio::awaitable<void> {
      for (int i = 1; i <= 3; ++i) {
        co_await a2a::sleep(1s);
        co_await q.put(i);
      }
    };
    auto task = a2a::create_task(ex, producer());
    std::vector<int> got;
    for (int i = 0; i < 3; ++i) got.push_back(co_await q.get());
    CHECK(a2a::elapsed() == 3.0);
    co_await task.get();
    co_return got;
  };
  CHECK(a2a::run(main()) == std::vector<int>{1, 2, 3});
}

TEST_CASE("queue: a full queue makes put wait until a get makes room")
{
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<void> {
    a2a::queue<int> q(2);
    auto producer = [&]() -> asio::awaitable<void> {
      for (int i = 1; i <= 3; ++i) {
        co_await q.put(i);
        events.push_back(fmt::format("put {} at {}", i, a2a::elapsed()));
      }
    };
    auto task = a2a::create_task(co_await asio::this_coro::executor, producer());
    co_await a2a::sleep(1s);
    CHECK(q.full());
    CHECK_THROWS_AS(q.put_nowait(9), a2a::queue_full);
    auto first = co_await q.get();
    CHECK(first == 1);
    co_await task.get();
    CHECK(q.size() == 2);
  };
  a2a::run(main());
  CHECK(events == std::vector<std::string>{"put 1 at 0", "put 2 at 0", "put 3 at 1"});
}

TEST_CASE("queue: waiting getters are served in the order they came")
{
  std::vector<std::string> served;
  auto main = [&]() -> asio::awaitable<void> {
    a2a::queue<int> q;
    auto ex = co_await asio::this_coro::executor;
    auto getter = [&](std::string name) -> asio::awaitable<void> {
      int item = co_await q.get();
      served.push_back(fmt::format("{} got {}", name, item));
    };
    auto a = a2a::create_task(ex, getter("a"));
    auto b = a2a::create_task(ex, getter("b"));
    auto c = a2a::create_task(ex, getter("c"));
    co_await a2a::sleep(1s);
    for (int i = 1; i <= 3; ++i) q.put_nowait(i);
    co_await a2a::gather(a.get(), b.get(), c.get());
  };
  a2a::run(main());
  CHECK(served == std::vector<std::string>{"a got 1", "b got 2", "c got 3"});
}

TEST_CASE("queue: a cancelled getter takes nothing; the next one gets the item")
{
  auto main = []() -> asio::awaitable<void> {
    a2a::queue<std::string> q;
    auto ex = co_await asio::this_coro::executor;
    auto first = a2a::create_task(ex, q.get());
    auto second = a2a::create_task(ex, q.get());
    co_await a2a::sleep(1s);
    first.cancel();
    CHECK_THROWS_AS(co_await first.get(), boost::system::system_error);
    co_await q.put("only item");
    auto item = co_await second.get();
    CHECK(item == "only item");
    CHECK(q.empty());
  };
  a2a::run(main());
}

TEST_CASE("queue: a cancelled putter leaves the queue and its count as they were")
{
  auto main = []() -> asio::awaitable<void> {
    a2a::queue<int> q(1);
    co_await q.put(1);
    auto blocked = a2a::create_task(co_await asio::this_coro::executor, q.put(2));
    co_await a2a::sleep(1s);
    blocked.cancel();
    CHECK_THROWS_AS(co_await blocked.get(), boost::system::system_error);
    auto only = co_await q.get();
    CHECK(only == 1);
    CHECK(q.empty());
    q.task_done();
    co_await a2a::wait_for(q.join(), 1s);  // nothing else is unfinished
  };
  a2a::run(main());
}

TEST_CASE("queue: join waits until every item is task_done; too many task_done is an error")
{
  auto main = []() -> asio::awaitable<double> {
    a2a::queue<int> q;
    for (int i = 0; i < 3; ++i) q.put_nowait(i);
    auto worker = [&]() -> asio::awaitable<void> {
      for (int i = 0; i < 3; ++i) {
        co_await q.get();
        co_await a2a::sleep(1s);
        q.task_done();
      }
    };
    auto task = a2a::create_task(co_await asio::this_coro::executor, worker());
    co_await q.join();
    auto joined_at = a2a::elapsed();
    co_await task.get();
    CHECK_THROWS_AS(q.task_done(), std::logic_error);
    co_return joined_at;
  };
  CHECK(a2a::run(main()) == 3.0);
}

TEST_CASE("queue: shutdown lets getters empty the queue, then stops them; puts fail")
{
  std::vector<int> got;
  auto main = [&]() -> asio::awaitable<void> {
    a2a::queue<int> q;
    for (int i = 1; i <= 3; ++i) q.put_nowait(i);
    q.shutdown();
    CHECK_THROWS_AS(co_await q.put(4), a2a::queue_shut_down);
    try {
      for (;;) got.push_back(co_await q.get());
    } catch (const a2a::queue_shut_down&) {
    }
    auto waiting = a2a::create_task(co_await asio::this_coro::executor, q.get());
    CHECK_THROWS_AS(co_await waiting.get(), a2a::queue_shut_down);
  };
  a2a::run(main());
  CHECK(got == std::vector<int>{1, 2, 3});
}

TEST_CASE("queue: shutdown wakes getters waiting on an empty queue and putters on a full one")
{
  auto main = []() -> asio::awaitable<void> {
    auto ex = co_await asio::this_coro::executor;
    a2a::queue<int> empty_queue;
    a2a::queue<int> full_queue(1);
    full_queue.put_nowait(1);
    auto getter = a2a::create_task(ex, empty_queue.get());
    auto putter = a2a::create_task(ex, full_queue.put(2));
    co_await a2a::sleep(1s);
    empty_queue.shutdown();
    full_queue.shutdown();
    CHECK_THROWS_AS(co_await getter.get(), a2a::queue_shut_down);
    CHECK_THROWS_AS(co_await putter.get(), a2a::queue_shut_down);
    auto left = full_queue.get_nowait();
    CHECK(left == 1);
  };
  a2a::run(main());
}
