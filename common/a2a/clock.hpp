// Story time: the seconds an example's story talks about ("download 1 takes 2 s").
//
// TUTORIAL_TIME_SCALE=N makes every real wait N times shorter, so tests run a 6-second story
// in 60 ms. What a program prints stays in story seconds, whatever N is: a2a::sleep() moves
// the story clock forward by exactly the time slept, the way asyncio's loop.time() moves
// while nothing but sleeps are happening.
#pragma once
#include <boost/asio/awaitable.hpp>
#include <boost/asio/basic_waitable_timer.hpp>

#include <chrono>

namespace asio = boost::asio;

namespace a2a {

// Real time since run() started, times the scale. Asio asks it whether a timer is due.
struct story_clock {
  using duration = std::chrono::nanoseconds;
  using rep = duration::rep;
  using period = duration::period;
  using time_point = std::chrono::time_point<story_clock>;
  static constexpr bool is_steady = true;
  static time_point now() noexcept;
};

// Tells Asio how long to really wait for a story-time deadline: N times less.
struct story_wait_traits {
  static story_clock::duration to_wait_duration(const story_clock::duration& d);
  static story_clock::duration to_wait_duration(const story_clock::time_point& t);
};

// An ordinary Asio timer whose clock runs on story time, for code that shows plain Asio.
// Only a2a::sleep moves the story clock that a2a::elapsed() and a2a::log() read.
using timer = asio::basic_waitable_timer<story_clock, story_wait_traits>;

// asyncio.sleep(): suspends this coroutine only; the rest of the program keeps running.
asio::awaitable<void> sleep(story_clock::duration how_long);

// Any other duration too, fractional ones included: a2a::sleep(1.5s).
template <typename Rep, typename Period>
asio::awaitable<void> sleep(std::chrono::duration<Rep, Period> how_long)
{
  return sleep(std::chrono::round<story_clock::duration>(how_long));
}

// time.sleep(): blocks the whole thread, and so every coroutine on it, for the story time.
void blocking_sleep(story_clock::duration how_long);

// Story seconds since run() started.
double elapsed();

// The N of TUTORIAL_TIME_SCALE (1 when unset).
double time_scale();

namespace detail {
// Starts a new story at 0 s; run() calls it.
void restart_story_clock();
}  // namespace detail

}  // namespace a2a
