// Asio's handler tracking: built with BOOST_ASIO_ENABLE_HANDLER_TRACKING, every asynchronous
// operation, handler and coroutine step is written to stderr. `traced` (use_awaitable with
// the file and line) makes each co_await in the trace point at its line here: the file's
// name only (__FILE_NAME__), since Asio keeps no more than 80 characters of it.
// tools/trace_to_dot turns the trace into a Graphviz graph (see the README).
#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <fmt/format.h>

namespace asio = boost::asio;
using namespace std::chrono_literals;

#define traced asio::use_awaitable_t<>(__FILE_NAME__, __LINE__, __func__)

asio::awaitable<void> boil_water()
{
  asio::steady_timer kettle(co_await asio::this_coro::executor, 20ms);
  co_await kettle.async_wait(traced);
  fmt::print("water boiled\n");
}

asio::awaitable<void> toast_bread()
{
  asio::steady_timer toaster(co_await asio::this_coro::executor, 10ms);
  co_await toaster.async_wait(traced);
  fmt::print("bread toasted\n");
}

asio::awaitable<void> breakfast()
{
  using namespace asio::experimental::awaitable_operators;
  co_await (toast_bread() && boil_water());
  fmt::print("breakfast ready\n");
}

int main()
{
  asio::io_context loop;
  asio::co_spawn(loop, breakfast(), [](std::exception_ptr error) {
    if (error) std::rethrow_exception(error);
  });
  loop.run();
}
