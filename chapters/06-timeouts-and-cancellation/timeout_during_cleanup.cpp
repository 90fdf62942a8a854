// A deadline that passes while the clean-up itself is still awaiting. The hand-written
// pattern's clean-up is cancelled halfway (the resource leaks); a2a::try_finally runs it to
// its end, and only then does the timeout take effect.
#include <a2a/a2a.hpp>

asio::awaitable<void> release_resource(std::string how)
{
  try {
    co_await a2a::sleep(2s);
  } catch (const boost::system::system_error&) {
    a2a::log("{}: release interrupted, the resource leaks", how);
    throw;
  }
  a2a::log("{}: resource released", how);
}

asio::awaitable<void> by_hand()
{
  std::exception_ptr failure;
  try {
    co_await a2a::sleep(1s);  // the work is done at 1 s ...
  } catch (...) {
    failure = std::current_exception();
  }
  co_await asio::this_coro::reset_cancellation_state();
  co_await release_resource("by hand");  // ... and the deadline passes at 2 s, in here
  if (failure) std::rethrow_exception(failure);
}

asio::awaitable<void> with_try_finally()
{
  co_await a2a::try_finally(a2a::sleep(1s), release_resource("try_finally"));
}

asio::awaitable<void> async_main()
{
  for (auto* work : {&by_hand, &with_try_finally}) {
    try {
      co_await a2a::wait_for(work(), 2s);
    } catch (const a2a::timeout_error&) {
      a2a::log("timed out");
    } catch (const boost::system::system_error& e) {
      a2a::log("failed: {}", e.code().message());
    }
  }
}

int main()
{
  a2a::run(async_main());
}
