#include "a2a/core.hpp"

// What core.hpp declares: out of the header, so that not every program compiles it again.
namespace a2a::detail {

asio::awaitable<void> throw_if_cancelled()
{
  auto state = co_await asio::this_coro::cancellation_state;
  if (state.cancelled() != asio::cancellation_type::none)
    throw boost::system::system_error(asio::error::operation_aborted);
}

asio::awaitable<void> run_to_end(asio::awaitable<void> work)
{
  auto executor = co_await asio::this_coro::executor;
  auto no_cancellation = asio::bind_cancellation_slot(asio::cancellation_slot(), asio::use_awaitable);
  co_await asio::co_spawn(executor, std::move(work), no_cancellation);
}

}  // namespace a2a::detail
