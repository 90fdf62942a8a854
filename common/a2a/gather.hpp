// gather(): asyncio.gather(). Runs awaitables concurrently and returns their results in the
// order they were given, whatever order they finish in.
//
// Unlike Python's gather, when one fails the others are cancelled, and gather rethrows the
// first exception only once they have all stopped: nothing is left running behind your back.
// (Python's gather leaves the others running; create tasks and await them yourself for that.)
// It is Asio's make_parallel_group with wait_for_one_error, wrapped so it takes any number
// of awaitables, including none, and hands back plain values.
#pragma once
#include "a2a/core.hpp"

namespace a2a {

asio::awaitable<void> gather(std::vector<asio::awaitable<void>> work);  // gather.cpp

template <typename T>
asio::awaitable<std::vector<T>> gather(std::vector<asio::awaitable<T>> work)
{
  std::vector<std::optional<T>> slots(work.size());
  std::vector<asio::awaitable<void>> storing;
  for (std::size_t i = 0; i < work.size(); ++i)
    storing.push_back(detail::store_result(std::move(work[i]), slots[i]));
  co_await gather(std::move(storing));

  std::vector<T> results;
  for (auto& slot : slots) results.push_back(std::move(*slot));
  co_return results;
}

// gather(a, b, c) -> std::tuple of their values (std::monostate for awaitable<void>).
template <typename... T>
asio::awaitable<std::tuple<detail::value_of<T>...>> gather(asio::awaitable<T>... work)
{
  std::tuple<std::optional<detail::value_of<T>>...> slots;
  std::vector<asio::awaitable<void>> storing;
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (storing.push_back(detail::store_result(std::move(work), std::get<I>(slots))), ...);
  }(std::index_sequence_for<T...>{});
  co_await gather(std::move(storing));

  co_return std::apply([](auto&... slot) { return std::tuple(std::move(*slot)...); }, slots);
}

}  // namespace a2a
