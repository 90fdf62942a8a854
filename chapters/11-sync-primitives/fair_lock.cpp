// Waiters get the lock in the order they asked for it, and one that is cancelled while it
// waits simply drops out of the line.
#include <a2a/a2a.hpp>

asio::awaitable<void> customer(a2a::lock& counter, std::string name)
{
  try {
    auto held = co_await counter.hold();
    a2a::log("{} is served", name);
    co_await a2a::sleep(1s);
  } catch (const boost::system::system_error& e) {
    if (e.code() != asio::error::operation_aborted) throw;
    a2a::log("{} gave up waiting", name);
  }
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  a2a::lock counter;
  std::vector<a2a::Task<void>> line;
  for (std::string name : {"Ann", "Bob", "Cid", "Dee"})
    line.push_back(a2a::create_task(executor, customer(counter, name), name));

  co_await a2a::sleep(500ms);
  line[2].cancel();  // Cid leaves the line while Ann is served
  co_await a2a::wait(line);
}

int main()
{
  a2a::run(async_main());
}
