// Story time: the seconds an example's story talks about ("download 1 takes 2 s").
//
// Inside a2a::run, time is virtual. A sleeper wakes only once everything due before it, and
// everything that set off, has run; then the story clock jumps to its deadline. So a program
// prints the same lines, in the same order, with the same stamps, on any machine under any
// load. The loop still waits for real in between: TUTORIAL_TIME_SCALE=N makes those waits
// N times shorter (tests use 100), without changing anything a program prints.
#pragma once
#include <boost/asio/any_completion_handler.hpp>
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/basic_waitable_timer.hpp>
#include <boost/asio/cancellation_signal.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/system/error_code.hpp>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <tuple>
#include <utility>

namespace asio = boost::asio;

namespace a2a {

namespace detail {
// Sleepers due at the same moment wake in two rounds: ordinary ones first, then deadlines
// (a2a::wait_for's timeouts), so that work finishing exactly at its deadline is in time.
enum class wake_round { ordinary, deadline };

using sleep_handler = asio::any_completion_handler<void(boost::system::error_code)>;
void start_sleep(std::chrono::nanoseconds how_long, wake_round round,
                 const asio::any_io_executor& executor, sleep_handler wake_up);
}  // namespace detail

// asyncio.sleep() as an Asio operation: it takes any completion token, like Asio's own async_
// functions. Chapter 08's generators use it: co_await a2a::async_sleep(1s, asio::deferred).
template <typename CompletionToken>
auto async_sleep(std::chrono::nanoseconds how_long, CompletionToken&& token)
{
  return asio::async_initiate<CompletionToken, void(boost::system::error_code)>(
      [](auto wake_up, std::chrono::nanoseconds how_long) {
        asio::any_io_executor executor = asio::get_associated_executor(wake_up);
        detail::start_sleep(how_long, detail::wake_round::ordinary, executor, std::move(wake_up));
      },
      token, how_long);
}

// asyncio.sleep(): suspends this coroutine only; the rest of the program keeps running.
asio::awaitable<void> sleep(std::chrono::nanoseconds how_long);
// Any other duration too, fractional ones included: a2a::sleep(1.5s).
template <typename Rep, typename Period>
asio::awaitable<void> sleep(std::chrono::duration<Rep, Period> how_long)
{
  return sleep(std::chrono::round<std::chrono::nanoseconds>(how_long));
}

// time.sleep(): blocks the whole thread, and so every coroutine on it, for the story time.
void blocking_sleep(std::chrono::nanoseconds how_long);

// Story seconds since run() started.
double elapsed();

// The N of TUTORIAL_TIME_SCALE (1 when unset).
double time_scale();

// Real time since run() started, times the scale: the clock of a2a::timer.
struct story_clock {
  using duration = std::chrono::nanoseconds;
  using rep = duration::rep;
  using period = duration::period;
  using time_point = std::chrono::time_point<story_clock>;
  static constexpr bool is_steady = true;
  static time_point now() noexcept;
};

// Tells Asio how long to really wait for a story_clock deadline: N times less.
struct story_wait_traits {
  static story_clock::duration to_wait_duration(const story_clock::duration& d);
  static story_clock::duration to_wait_duration(const story_clock::time_point& t);
};

// An ordinary Asio timer, N times faster, for code that shows plain Asio. It runs on real
// time, so unlike a2a::sleep it does not move the story clock that a2a::log stamps.
using timer = asio::basic_waitable_timer<story_clock, story_wait_traits>;

namespace detail {

// The sleepers of one run(), in story order. run() wakes the earliest when nothing else
// is ready (see run.cpp).
class story_scheduler {
 public:
  using handler = asio::any_completion_handler<void(boost::system::error_code)>;

  explicit story_scheduler(asio::io_context& loop);
  asio::io_context& loop() { return loop_; }

  void add(std::chrono::nanoseconds how_long, wake_round round, handler wake_up,
           asio::cancellation_slot slot);
  bool has_sleepers() const { return !sleepers_.empty(); }
  std::chrono::nanoseconds real_time_to_next() const;
  void wake_next();  // moves the story clock to the next deadline, wakes one round due then

 private:
  using key = std::tuple<std::chrono::nanoseconds::rep, wake_round, std::uint64_t>;  // then FIFO
  struct sleeper {
    handler wake_up;
    asio::cancellation_slot slot;
  };
  void finish(std::map<key, sleeper>::iterator which, boost::system::error_code result);

  asio::io_context& loop_;
  std::map<key, sleeper> sleepers_;
  std::uint64_t tickets_ = 0;
  std::optional<asio::executor_work_guard<asio::io_context::executor_type>> busy_;
};

// Story time for blocking work on a pool thread (a2a::thread_pool). The job's clock starts
// when the job was handed over, or when its thread finished its previous job if that is
// later, whatever real moment the thread picks it up; blocking_sleep() moves that clock, and
// the story clock catches up when the job ends. So pool work takes the same story time on
// every run, however the threads are scheduled.
class job_clock {
 public:
  explicit job_clock(std::chrono::nanoseconds handed_over);
  ~job_clock();
  job_clock(const job_clock&) = delete;
  job_clock& operator=(const job_clock&) = delete;
};
std::chrono::nanoseconds story_time();  // the story clock, for job_clock

// The scheduler of the run() on this thread, if any; run() sets it.
story_scheduler* current_scheduler();
void restart_story_clock();

}  // namespace detail
}  // namespace a2a
