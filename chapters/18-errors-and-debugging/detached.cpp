// co_spawn(..., detached) throws a coroutine's exception away: run() returns as if all went
// well. A completion handler that rethrows makes the exception come out of run() instead.
#include <a2a/a2a.hpp>

asio::awaitable<void> save_report()
{
  co_await asio::post(asio::use_awaitable);
  throw std::runtime_error("disk full");
}

int main()
{
  {
    asio::io_context loop;
    asio::co_spawn(loop, save_report(), asio::detached);
    loop.run();
    fmt::print("detached: run() returned normally and the error is gone\n");
  }
  {
    asio::io_context loop;
    asio::co_spawn(loop, save_report(), [](std::exception_ptr error) {
      if (error) std::rethrow_exception(error);
    });
    try {
      loop.run();
    } catch (const std::exception& e) {
      fmt::print("rethrown: run() threw \"{}\"\n", e.what());
    }
  }
}
