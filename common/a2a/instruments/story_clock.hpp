// An instrument of the workshop, not part of what asyncio has: story time, the seconds an
// example's story talks about ("download 1 takes 2 s"). Skip it on a first reading.
//
// Inside a2a::run, time is virtual. A sleeper wakes only once everything due before it, and
// everything that set off, has run; then the story clock jumps to its deadline. So a program
// prints the same lines, in the same order, with the same stamps, on any machine under any
// load. The loop still waits for real in between: TUTORIAL_TIME_SCALE=N makes those waits
// N times shorter (tests use 100), without changing anything a program prints.
#pragma once
#include "a2a/core.hpp"

#include <cstdint>
#include <map>

namespace a2a {

// Story seconds since run() started.
double elapsed();

// The N of TUTORIAL_TIME_SCALE (1 when unset).
double time_scale();

// time.sleep(): blocks the whole thread, and so every coroutine on it, for the story time.
void blocking_sleep(std::chrono::nanoseconds how_long);

namespace detail {

// Sleepers due at the same moment wake in two rounds: ordinary ones first, then deadlines
// (a2a::wait_for's timeouts), so that work finishing exactly at its deadline is in time.
enum class wake_round { ordinary, deadline };

using sleep_handler = asio::any_completion_handler<void(boost::system::error_code)>;

// Starts a sleep of `how_long` story time; `wake_up` is called when it is over (or with
// operation_aborted when cancelled through its cancellation slot). Outside a2a::run, a
// plain Asio timer on `executor` waits it out, scaled.
void start_sleep(std::chrono::nanoseconds how_long, wake_round round,
                 const asio::any_io_executor& executor, sleep_handler wake_up);

// The sleepers of one run(), in story order. run() wakes the earliest when nothing else is
// ready (run.cpp, run_scope::drive).
class story_scheduler {
 public:
  explicit story_scheduler(asio::io_context& loop);
  asio::io_context& loop() { return loop_; }

  void add(std::chrono::nanoseconds how_long, wake_round round, sleep_handler wake_up,
           asio::any_io_executor executor, asio::cancellation_slot slot);
  bool has_sleepers() const { return !sleepers_.empty(); }
  std::chrono::nanoseconds real_time_to_next() const;
  void wake_next();  // moves the story clock to the next deadline, wakes one round due then

 private:
  // The order sleepers wake in: by deadline, then round, then the order they fell asleep
  // (a ticket number), which is the order Python's loop runs timers due at the same moment.
  using key = std::tuple<std::chrono::nanoseconds::rep, wake_round, std::uint64_t>;
  struct sleeper {
    sleep_handler wake_up;
    asio::any_io_executor executor;  // the sleeper's own: it resumes there
    asio::cancellation_slot slot;
    wait_note note;  // for chapter 18's list of tasks
  };
  void finish(std::map<key, sleeper>::iterator which, boost::system::error_code result);

  asio::io_context& loop_;
  std::map<key, sleeper> sleepers_;
  std::uint64_t tickets_ = 0;
  // Sleepers are not Asio work: this keeps the loop from running out of work while they wait.
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
