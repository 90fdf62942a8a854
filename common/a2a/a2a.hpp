// The tutorial's runtime: only what asyncio has and Asio does not. Read it in one sitting:
//   clock.hpp       story time, a2a::sleep, a2a::timer, TUTORIAL_TIME_SCALE
//   run.hpp         a2a::run (asyncio.run)
//   task.hpp        a2a::Task, a2a::create_task (asyncio.create_task)
//   gather.hpp      a2a::gather (asyncio.gather)
//   wait.hpp        a2a::wait, a2a::as_completed (asyncio.wait, asyncio.as_completed)
//   timeout.hpp     a2a::wait_for (asyncio.wait_for), a2a::cleanup (try/finally)
//   async_with.hpp  a2a::async_with (async with)
//   queue.hpp       a2a::queue (asyncio.Queue)
//   sync.hpp        a2a::semaphore, lock, event, condition, barrier (their asyncio namesakes)
//   threads.hpp     a2a::to_thread, a2a::thread_pool (asyncio.to_thread, run_in_executor)
//   waiters.hpp     the FIFO of suspended coroutines that queue.hpp and sync.hpp share
//   output.hpp      a2a::log ("[1.50s] ..."), a2a::timeline (who ran when, as a chart)
#pragma once
#include "a2a/async_with.hpp"
#include "a2a/clock.hpp"
#include "a2a/gather.hpp"
#include "a2a/output.hpp"
#include "a2a/queue.hpp"
#include "a2a/run.hpp"
#include "a2a/sync.hpp"
#include "a2a/task.hpp"
#include "a2a/threads.hpp"
#include "a2a/timeout.hpp"
#include "a2a/wait.hpp"

#include <boost/asio.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <chrono>

using namespace std::chrono_literals;
