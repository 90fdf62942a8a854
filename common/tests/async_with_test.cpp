#include <a2a/a2a.hpp>

#include "testing.hpp"

namespace {

// Records what happened to it, for the tests to check.
struct recorder {
  std::vector<std::string>& events;

  asio::awaitable<int> enter()
  {
    co_await a2a::sleep(1s);
    events.push_back("entered");
    co_return 7;
  }

  asio::awaitable<void> exit(std::exception_ptr error)
  {
    co_await a2a::sleep(1s);
    events.push_back(error ? "exit after an error" : "exit after success");
  }
};

}  // namespace

TEST_CASE("async_with hands enter()'s value to the body and returns the body's value")
{
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<int> {
    co_return co_await a2a::async_with(recorder{events}, [&](int value) -> asio::awaitable<int> {
      events.push_back(fmt::format("body got {}", value));
      co_return value * 6;
    });
  };
  CHECK(a2a::run(main()) == 42);
  CHECK(events == std::vector<std::string>{"entered", "body got 7", "exit after success"});
}

TEST_CASE("async_with runs exit() when the body throws, then rethrows")
{
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<void> {
    co_await a2a::async_with(recorder{events}, [](int) -> asio::awaitable<void> {
      co_await a2a::sleep(1s);
      throw std::runtime_error("body failed");
    });
  };
  CHECK_THROWS_WITH(a2a::run(main()), "body failed");
  CHECK(events == std::vector<std::string>{"entered", "exit after an error"});
}

TEST_CASE("async_with runs exit() to its end when cancelled in the body or in exit()")
{
  for (auto limit : {2s, 3s}) {
    std::vector<std::string> events;
    auto main = [&]() -> asio::awaitable<void> {
      auto body = [](int) -> asio::awaitable<void> { co_await a2a::sleep(1500ms); };
      CHECK_THROWS_AS(co_await a2a::wait_for(a2a::async_with(recorder{events}, body), limit),
                      a2a::timeout_error);
    };
    a2a::run(main());
    CHECK(events == std::vector<std::string>{
                        "entered", limit == 2s ? "exit after an error" : "exit after success"});
  }
}

TEST_CASE("async_with does not run exit() when enter() fails")
{
  struct broken {
    std::vector<std::string>& events;
    asio::awaitable<void> enter() { throw std::runtime_error("cannot enter"); co_return; }
    asio::awaitable<void> exit(std::exception_ptr)
    {
      events.push_back("exit");
      co_return;
    }
  };
  std::vector<std::string> events;
  auto main = [&]() -> asio::awaitable<void> {
    co_await a2a::async_with(broken{events}, []() -> asio::awaitable<void> { co_return; });
  };
  CHECK_THROWS_WITH(a2a::run(main()), "cannot enter");
  CHECK(events.empty());
}
