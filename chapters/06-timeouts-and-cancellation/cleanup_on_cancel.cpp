// Clean-up that must happen even on cancellation. Python writes try/finally; C++ cannot
// co_await inside a catch block, and a cancelled coroutine's co_await throws at once. So:
// keep the exception, reset the cancellation state, clean up, rethrow.
#include <a2a/a2a.hpp>

asio::awaitable<int> acquire_resource()
{
  co_await a2a::sleep(500ms);
  a2a::log("resource acquired");
  co_return 7;
}

asio::awaitable<void> release_resource(int resource)
{
  co_await a2a::sleep(500ms);
  a2a::log("resource {} released", resource);
}

asio::awaitable<void> long_operation()
{
  co_await a2a::sleep(5s);
}

asio::awaitable<void> incomplete_cleanup()
{
  int resource = co_await acquire_resource();
  co_await long_operation();
  co_await release_resource(resource);  // never reached when cancelled
}

asio::awaitable<void> proper_cleanup()
{
  int resource = co_await acquire_resource();
  std::exception_ptr failure;
  try {
    co_await long_operation();
  } catch (...) {
    failure = std::current_exception();  // no co_await allowed in here
  }
  co_await asio::this_coro::reset_cancellation_state();  // we may await again
  co_await release_resource(resource);
  if (failure) std::rethrow_exception(failure);
}

asio::awaitable<void> async_main()
{
  try {
    co_await a2a::wait_for(incomplete_cleanup(), 2s);
  } catch (const a2a::timeout_error&) {
    a2a::log("incomplete_cleanup timed out");
  }
  try {
    co_await a2a::wait_for(proper_cleanup(), 2s);
  } catch (const a2a::timeout_error&) {
    a2a::log("proper_cleanup timed out");
  }
}

int main()
{
  a2a::run(async_main());
}
