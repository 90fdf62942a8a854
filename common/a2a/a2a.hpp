// The tutorial's runtime: only what asyncio has and Asio does not. Read it in chapter order:
//   core.hpp        the headers and small helpers every part below shares
//   run.hpp         a2a::run, a2a::sleep (asyncio.run, asyncio.sleep)            chapter 01
//   task.hpp        a2a::Task, a2a::create_task (asyncio.create_task)            chapter 03
//   gather.hpp      a2a::gather (asyncio.gather)                                 chapter 04
//   wait.hpp        a2a::wait, a2a::as_completed (asyncio.wait, as_completed)    chapter 05
//   timeout.hpp     a2a::wait_for (asyncio.wait_for), a2a::try_finally          chapter 06
//   async_with.hpp  a2a::async_with (async with)                                 chapter 07
//   waiters.hpp     the list of suspended coroutines that queue and sync share
//   queue.hpp       a2a::queue (asyncio.Queue)                                   chapter 09
//   sync.hpp        a2a::semaphore, lock, event, condition, barrier              chapters 10, 11
//   threads.hpp     a2a::to_thread, a2a::thread_pool (to_thread, run_in_executor) chapter 12
//   debug.hpp       a2a::all_tasks, debug mode (asyncio.all_tasks, debug=True)   chapter 18
// The workshop's own instruments, which asyncio does not have; skip them on a first reading:
//   instruments/story_clock.hpp  story time: a2a::elapsed, blocking_sleep, TUTORIAL_TIME_SCALE
//   instruments/output.hpp       a2a::log ("[1.50s] ..."), a2a::timeline (who ran when)
#pragma once
#include "a2a/async_with.hpp"
#include "a2a/debug.hpp"
#include "a2a/gather.hpp"
#include "a2a/instruments/output.hpp"
#include "a2a/queue.hpp"
#include "a2a/run.hpp"
#include "a2a/sync.hpp"
#include "a2a/task.hpp"
#include "a2a/threads.hpp"
#include "a2a/timeout.hpp"
#include "a2a/wait.hpp"

#include <boost/asio/experimental/awaitable_operators.hpp>
#include <fmt/ranges.h>

using namespace std::chrono_literals;
