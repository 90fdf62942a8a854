// Cancelling one operation rather than a whole task: a cancellation_signal, and its slot
// bound to the operation's completion token. Only that operation is cancelled; the
// coroutine gets an error code (as_tuple) and carries on.
#include <a2a/a2a.hpp>

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  asio::cancellation_signal stop_download;

  auto impatient_user = [&]() -> asio::awaitable<void> {
    co_await a2a::sleep(2s);
    a2a::log("user presses Stop");
    stop_download.emit(asio::cancellation_type::terminal);
  };
  auto user = a2a::create_task(executor, impatient_user());

  auto token = asio::bind_cancellation_slot(stop_download.slot(), asio::as_tuple(asio::use_awaitable));
  auto [error] = co_await a2a::async_sleep(10s, token);  // a 10 s "download"
  a2a::log("download: {}", error ? error.message() : "complete");

  co_await a2a::sleep(1s);
  a2a::log("the coroutine itself was not cancelled and went on");
  co_await user.get();  // the lambda refers to this frame: it must be done before we return
}

int main()
{
  a2a::run(async_main());
}
