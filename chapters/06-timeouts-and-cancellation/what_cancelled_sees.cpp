// What a cancelled coroutine sees: the co_await it is suspended in throws operation_aborted
// (Python: CancelledError). It stays cancelled: its next co_await throws at once, until it
// resets its cancellation state.
#include <a2a/a2a.hpp>

asio::awaitable<void> worker()
{
  try {
    co_await a2a::sleep(10s);
  } catch (const boost::system::system_error& e) {
    a2a::log("worker: {}", e.code().message());
  }
  try {
    co_await a2a::sleep(1s);
  } catch (const boost::system::system_error& e) {
    a2a::log("worker, awaiting again: {}", e.code().message());
  }
  co_await asio::this_coro::reset_cancellation_state();
  co_await a2a::sleep(1s);
  a2a::log("worker, after reset_cancellation_state: slept 1 s");
}

asio::awaitable<void> async_main()
{
  auto task = a2a::create_task(co_await asio::this_coro::executor, worker(), "worker");
  co_await a2a::sleep(1s);
  a2a::log("main: cancelling the worker");
  task.cancel();
  co_await task.get();
  a2a::log("main: the worker finished");
}

int main()
{
  a2a::run(async_main());
}
