#include "small_jobs.hpp"

namespace {

void note(job_counter& count)
{
  count.most_working = std::max(count.most_working, count.working);
  count.most_in_memory = std::max(count.most_in_memory, count.working + count.waiting);
}

asio::awaitable<void> small_job(int i, job_counter& count)
{
  ++count.working;
  note(count);
  co_await a2a::sleep(std::chrono::milliseconds(1 + i * 7 % 5));
  --count.working;
}

asio::awaitable<void> job_with_a_slot(int i, a2a::semaphore& slots, job_counter& count)
{
  ++count.waiting;
  note(count);
  auto held = co_await slots.hold();
  --count.waiting;
  co_await small_job(i, count);
}

asio::awaitable<void> worker(a2a::queue<int>& jobs, job_counter& count)
{
  while (!jobs.empty()) co_await small_job(jobs.get_nowait(), count);
}

}  // namespace

asio::awaitable<void> all_at_once(int jobs, int, job_counter& count)
{
  std::vector<asio::awaitable<void>> work;
  for (int i = 0; i < jobs; ++i) work.push_back(small_job(i, count));
  co_await a2a::gather(std::move(work));
}

asio::awaitable<void> with_a_semaphore(int jobs, int limit, job_counter& count)
{
  a2a::semaphore slots(static_cast<std::size_t>(limit));
  std::vector<asio::awaitable<void>> work;
  for (int i = 0; i < jobs; ++i) work.push_back(job_with_a_slot(i, slots, count));
  co_await a2a::gather(std::move(work));
}

asio::awaitable<void> in_batches(int jobs, int limit, job_counter& count)
{
  for (int first = 0; first < jobs; first += limit) {
    std::vector<asio::awaitable<void>> batch;
    for (int i = first; i < std::min(first + limit, jobs); ++i) batch.push_back(small_job(i, count));
    co_await a2a::gather(std::move(batch));  // a batch is as slow as its slowest job
  }
}

asio::awaitable<void> with_workers(int jobs, int limit, job_counter& count)
{
  a2a::queue<int> queue;
  for (int i = 0; i < jobs; ++i) queue.put_nowait(i);
  std::vector<asio::awaitable<void>> workers;
  for (int w = 0; w < limit; ++w) workers.push_back(worker(queue, count));
  co_await a2a::gather(std::move(workers));
}
