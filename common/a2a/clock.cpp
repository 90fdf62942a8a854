#include "a2a/clock.hpp"

#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <atomic>
#include <cstdlib>
#include <string>
#include <thread>

namespace a2a {
namespace {

using std::chrono::nanoseconds;

double scale_from_environment();

struct story_state {
  std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
  double scale = scale_from_environment();
  std::atomic<nanoseconds::rep> now{0};         // the story clock, moved only by sleep()
  std::atomic<nanoseconds::rep> sleeps_made{0};  // breaks ties between equal deadlines
};

story_state& story()
{
  static story_state state;
  return state;
}

double scale_from_environment()
{
  const char* text = std::getenv("TUTORIAL_TIME_SCALE");
  if (text == nullptr || *text == '\0') return 1.0;
  try {
    double scale = std::stod(text);
    if (scale > 0) return scale;
  } catch (const std::exception&) {
  }
  throw std::invalid_argument("TUTORIAL_TIME_SCALE must be a positive number, not '" +
                              std::string(text) + "'");
}

void advance_story_to(nanoseconds::rep when)
{
  auto& now = story().now;
  auto current = now.load();
  while (current < when && !now.compare_exchange_weak(current, when)) {
  }
}

}  // namespace

story_clock::time_point story_clock::now() noexcept
{
  auto real = std::chrono::steady_clock::now() - story().started;
  return time_point(std::chrono::duration_cast<duration>(real * story().scale));
}

story_clock::duration story_wait_traits::to_wait_duration(const story_clock::duration& d)
{
  return std::chrono::duration_cast<story_clock::duration>(d / story().scale);
}

story_clock::duration story_wait_traits::to_wait_duration(const story_clock::time_point& t)
{
  constexpr auto longest = std::chrono::hours(24 * 365);
  auto left = t - story_clock::now();
  if (left > longest) return longest;  // a deadline "never" must not overflow
  return to_wait_duration(left);
}

asio::awaitable<void> sleep(story_clock::duration how_long)
{
  auto wake_at = story().now.load() + how_long.count();
  // Python wakes sleepers with equal deadlines in the order they started sleeping: so do we.
  auto tie_breaker = story().sleeps_made.fetch_add(1);

  timer alarm(co_await asio::this_coro::executor);
  alarm.expires_at(story_clock::time_point(nanoseconds(wake_at + tie_breaker)));
  co_await alarm.async_wait(asio::use_awaitable);
  advance_story_to(wake_at);
}

void blocking_sleep(story_clock::duration how_long)
{
  auto wake_at = story().now.load() + how_long.count();
  std::this_thread::sleep_for(story_wait_traits::to_wait_duration(how_long));
  advance_story_to(wake_at);
}

double elapsed()
{
  return std::chrono::duration<double>(nanoseconds(story().now.load())).count();
}

double time_scale()
{
  return story().scale;
}

namespace detail {
void restart_story_clock()
{
  auto& state = story();
  state.scale = scale_from_environment();
  state.started = std::chrono::steady_clock::now();
  state.now = 0;
  state.sleeps_made = 0;
}
}  // namespace detail

}  // namespace a2a
