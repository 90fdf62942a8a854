// Many small jobs, four ways (S910): all at once, behind a semaphore, in batches, or taken
// from a queue by a few workers. Job i waits 1 to 5 ms (a request, say). The counter tells
// how many jobs were at work at most, and how many were in memory at most: a job waiting for
// its turn holds its coroutine frames all the same.
#pragma once
#include <a2a/a2a.hpp>

struct job_counter {
  int working = 0, waiting = 0, most_working = 0, most_in_memory = 0;
};

// `limit`: the semaphore's value, the batch size, the number of workers.
using jobs_way = asio::awaitable<void> (*)(int jobs, int limit, job_counter& count);

asio::awaitable<void> all_at_once(int jobs, int limit, job_counter& count);
asio::awaitable<void> with_a_semaphore(int jobs, int limit, job_counter& count);
asio::awaitable<void> in_batches(int jobs, int limit, job_counter& count);
asio::awaitable<void> with_workers(int jobs, int limit, job_counter& count);

inline const std::pair<const char*, jobs_way> jobs_ways[] = {{"all at once (gather)", all_at_once},
                                                            {"a semaphore", with_a_semaphore},
                                                            {"batches (gather each)", in_batches},
                                                            {"workers on a queue", with_workers}};
