// async_with(): Python's `async with manager as value: body`.
//
// C++ has no async destructor, so the clean-up cannot hide in one; async_with is a function
// instead, and the manager is any type with
//   asio::awaitable<V> enter()                           // __aenter__; V may be void
//   asio::awaitable<void> exit(std::exception_ptr error)  // __aexit__; error is null on success
// Once enter() has succeeded, exit() runs whatever happens to the body: it returns, it
// throws, or it is cancelled; and exit() runs to its end even if a cancellation (a timeout)
// arrives meanwhile. Then the body's exception, if any, is rethrown.
#pragma once
#include "a2a/timeout.hpp"

namespace a2a {

namespace detail {
template <typename Manager>
using entered_t = typename decltype(std::declval<Manager&>().enter())::value_type;

template <typename Body, typename Value>
struct body_result {
  using type = typename std::invoke_result_t<Body&, Value&>::value_type;
};
template <typename Body>
struct body_result<Body, void> {
  using type = typename std::invoke_result_t<Body&>::value_type;
};
}  // namespace detail

template <typename Manager, typename Body>
auto async_with(Manager manager, Body body)
    -> asio::awaitable<typename detail::body_result<Body, detail::entered_t<Manager>>::type>
{
  auto exit = [&manager](std::exception_ptr error) { return manager.exit(error); };
  if constexpr (std::is_void_v<detail::entered_t<Manager>>) {
    co_await manager.enter();
    co_return co_await detail::with_clean_up(body(), exit);
  } else {
    auto entered = co_await manager.enter();
    co_return co_await detail::with_clean_up(body(entered), exit);
  }
}

}  // namespace a2a
