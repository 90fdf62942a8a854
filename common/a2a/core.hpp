// The runtime's base: the headers every part of it uses, and the few small helpers they share.
#pragma once
#include <boost/asio.hpp>
#include <boost/asio/experimental/parallel_group.hpp>
#include <fmt/format.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace asio = boost::asio;

namespace a2a {

// True when `error` is the exception a cancelled coroutine sees (asyncio.CancelledError).
inline bool is_cancellation(const std::exception_ptr& error)
{
  try {
    if (error) std::rethrow_exception(error);
  } catch (const boost::system::system_error& e) {
    return e.code() == asio::error::operation_aborted;
  } catch (...) {
  }
  return false;
}

namespace detail {

// A place to keep any awaitable's result: awaitable<void> has none, so it keeps a monostate.
template <typename T>
using value_of = std::conditional_t<std::is_void_v<T>, std::monostate, T>;

// Awaits `work` and keeps its value in `slot`, which the caller owns and which outlives the call.
template <typename T>
asio::awaitable<void> store_result(asio::awaitable<T> work, std::optional<value_of<T>>& slot)
{
  if constexpr (std::is_void_v<T>) {
    co_await std::move(work);
    slot.emplace();
  } else {
    slot.emplace(co_await std::move(work));
  }
}

// Chapter 18's debug mode (debug.hpp) notes what each task waits on, for a2a::all_tasks(): a
// wait_note lasts as long as the wait. Outside debug mode a note is empty and nothing is
// formatted.
bool debugging();
void note_blocking(std::chrono::nanoseconds story_beyond_real);  // blocking_sleep's story time

class wait_note {
 public:
  wait_note() = default;
  explicit wait_note(std::string what);  // by the task running now
  wait_note(wait_note&& other) noexcept : id_(std::exchange(other.id_, 0)) {}
  wait_note& operator=(wait_note&& other) noexcept
  {
    std::swap(id_, other.id_);
    return *this;
  }
  ~wait_note();

 private:
  std::uint64_t id_ = 0;
};

template <typename... Args>
wait_note note_wait(fmt::format_string<Args...> what, Args&&... args)
{
  if (!debugging()) return {};
  return wait_note(fmt::format(what, std::forward<Args>(args)...));
}

// The runtime's reports go to stderr, after what the program printed (stdout may be buffered).
inline void report(std::string_view line)
{
  std::fflush(stdout);
  fmt::print(stderr, "{}\n", line);
}

// Throws what a cancelled co_await throws if this coroutine has been cancelled. Awaiting
// anything would throw it too, but this says so where it matters.
asio::awaitable<void> throw_if_cancelled();

// Awaits `work` to its end: a cancellation of the coroutine awaiting it does not reach it, but
// is not lost either: the awaiting coroutine's next co_await throws operation_aborted.
asio::awaitable<void> run_to_end(asio::awaitable<void> work);

}  // namespace detail
}  // namespace a2a
