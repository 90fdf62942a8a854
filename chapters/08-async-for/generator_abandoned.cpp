// Leave an async generator early, and its frame is destroyed where it stands: the
// destructors of its locals run, so RAII releases what it held. It cannot await anything
// on the way out, though: asynchronous clean-up needs the generator to run to its end.
#include <a2a/a2a.hpp>

#include <boost/asio/experimental/coro.hpp>

using asio::experimental::coro;

// Held by the generator; says when it is released.
struct connection_lease {
  ~connection_lease() { a2a::log("connection returned to the pool"); }
};

coro<std::string> rows(asio::any_io_executor, int count)
{
  connection_lease lease;
  for (int i = 1; i <= count; ++i) {
    co_await a2a::async_sleep(100ms, asio::deferred);
    co_yield fmt::format("row {}", i);
  }
  a2a::log("all rows read");
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  {
    auto source = rows(executor, 1000);
    for (int taken = 0; taken < 2; ++taken) {
      auto row = co_await source.async_resume(asio::use_awaitable);
      a2a::log("took {}", *row);
    }
    a2a::log("stopping early");
  }
  {
    auto empty = rows(executor, 0);
    while (auto row = co_await empty.async_resume(asio::use_awaitable)) a2a::log("{}", *row);
    a2a::log("the empty generator yielded nothing");
  }
}

int main()
{
  a2a::run(async_main());
}
