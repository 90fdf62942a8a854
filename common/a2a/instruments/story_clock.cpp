#include "a2a/instruments/story_clock.hpp"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <thread>

namespace a2a {
namespace {

using std::chrono::nanoseconds;

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

struct story_state {
  double scale = scale_from_environment();
  std::atomic<nanoseconds::rep> now{0};  // the story clock
  std::atomic<unsigned> run_number{0};   // which run() the clock belongs to
};

story_state& story()
{
  static story_state state;
  return state;
}

nanoseconds::rep story_now() { return story().now.load(); }

// Pool threads move the clock too (job_clock), so it only ever moves forward.
void advance_story_to(nanoseconds::rep when)
{
  auto& now = story().now;
  auto current = now.load();
  while (current < when && !now.compare_exchange_weak(current, when)) {
  }
}

nanoseconds real(nanoseconds story_time)
{
  return std::chrono::duration_cast<nanoseconds>(story_time / story().scale);
}

thread_local nanoseconds::rep* running_job_time = nullptr;  // set while a job_clock lives
thread_local nanoseconds::rep job_time = 0;
thread_local nanoseconds::rep thread_finished_job_at = 0;
thread_local unsigned thread_finished_job_in_run = 0;

}  // namespace

double elapsed() { return std::chrono::duration<double>(nanoseconds(story_now())).count(); }

double time_scale() { return story().scale; }

void blocking_sleep(nanoseconds how_long)
{
  if (running_job_time != nullptr) {  // a pool job: its own clock moves
    std::this_thread::sleep_for(real(how_long));
    *running_job_time += how_long.count();
    return;
  }
  auto wake_at = story_now() + how_long.count();
  std::this_thread::sleep_for(real(how_long));
  advance_story_to(wake_at);
  if (detail::debugging()) detail::note_blocking(how_long - real(how_long));  // a step's length in story time
}

namespace detail {

void start_sleep(nanoseconds how_long, wake_round round, const asio::any_io_executor& executor,
                 sleep_handler wake_up)
{
  auto slot = asio::get_associated_cancellation_slot(wake_up);
  auto* scheduler = current_scheduler();
  if (scheduler != nullptr &&
      &asio::query(executor, asio::execution::context) == &scheduler->loop()) {
    scheduler->add(how_long, round, std::move(wake_up), executor, slot);
    return;
  }
  // Not inside a2a::run (a plain io_context, a thread pool): an ordinary timer does it.
  auto wake_at = story_now() + how_long.count();
  auto alarm = std::make_shared<asio::steady_timer>(executor, real(how_long));
  alarm->async_wait(asio::bind_cancellation_slot(
      slot, [alarm, wake_at, wake_up = std::move(wake_up)](boost::system::error_code error) mutable {
        if (!error) advance_story_to(wake_at);
        std::move(wake_up)(error);
      }));
}

job_clock::job_clock(nanoseconds handed_over)
{
  bool same_run = thread_finished_job_in_run == story().run_number.load();
  job_time = std::max(handed_over.count(), same_run ? thread_finished_job_at : 0);
  running_job_time = &job_time;
}

job_clock::~job_clock()
{
  running_job_time = nullptr;
  thread_finished_job_at = job_time;
  thread_finished_job_in_run = story().run_number.load();
  advance_story_to(job_time);
}

nanoseconds story_time() { return nanoseconds(story_now()); }

void restart_story_clock()
{
  auto& state = story();
  state.scale = scale_from_environment();
  state.now = 0;
  ++state.run_number;
}

story_scheduler::story_scheduler(asio::io_context& loop) : loop_(loop) {}

void story_scheduler::add(nanoseconds how_long, wake_round round, sleep_handler wake_up,
                          asio::any_io_executor executor, asio::cancellation_slot slot)
{
  key when{story_now() + how_long.count(), round, tickets_++};
  if (!busy_) busy_.emplace(loop_.get_executor());
  sleepers_.emplace(when, sleeper{std::move(wake_up), std::move(executor), slot,
                                     note_wait("sleep({}s)", std::chrono::duration<double>(how_long).count())});
  if (slot.is_connected()) {
    slot.assign([this, when](asio::cancellation_type) {
      if (auto it = sleepers_.find(when); it != sleepers_.end()) {
        it->second.slot = {};  // this handler is running: the slot must not be cleared now
        finish(it, asio::error::operation_aborted);
      }
    });
  }
}

nanoseconds story_scheduler::real_time_to_next() const
{
  auto left = nanoseconds(std::get<0>(sleepers_.begin()->first) - story_now());
  return left > nanoseconds(0) ? real(left) : nanoseconds(0);
}

void story_scheduler::wake_next()
{
  auto [deadline, round, ticket] = sleepers_.begin()->first;
  advance_story_to(deadline);
  // Everyone due now in this round wakes, in the order they fell asleep, before anything they
  // set off: Python's loop also runs every timer that is due before their consequences.
  // Deadlines wait for a round of their own, after what those set off, so that work finishing
  // exactly at its deadline is in time.
  std::vector<std::map<key, sleeper>::iterator> due;
  for (auto it = sleepers_.begin(); it != sleepers_.end(); ++it) {
    if (std::get<0>(it->first) > deadline) break;
    if (std::get<1>(it->first) == round) due.push_back(it);
  }
  for (auto it : due) finish(it, {});
}

void story_scheduler::finish(std::map<key, sleeper>::iterator which,
                             boost::system::error_code result)
{
  auto wake_up = std::move(which->second.wake_up);
  auto executor = std::move(which->second.executor);
  if (which->second.slot.is_connected()) which->second.slot.clear();
  sleepers_.erase(which);
  // Posted, not called: the sleeper resumes from the loop, after whoever woke it has
  // finished its own step (a cancellation handler, wake_next's loop), never inside it.
  asio::post(executor, [wake_up = std::move(wake_up), result]() mutable {
    std::move(wake_up)(result);
  });
  if (sleepers_.empty()) busy_.reset();
}

}  // namespace detail
}  // namespace a2a
