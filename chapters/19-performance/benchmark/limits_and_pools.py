"""limits_and_pools.cpp's Python side. Prints four lines "seconds most_at_work
most_in_memory" (all at once, a semaphore, batches, workers on a queue), then the CPU-bound
jobs: one line with the seconds on the loop, and four lines "threads_seconds
processes_seconds" (pools of 1, 2, 4, 8).
Usage: python3 limits_and_pools.py JOBS CPU_JOBS STEPS"""
import asyncio
import concurrent.futures
import sys
import time

LIMIT = 100


class Counter:
    working = waiting = most_working = most_in_memory = 0

    def note(self):
        self.most_working = max(self.most_working, self.working)
        self.most_in_memory = max(self.most_in_memory, self.working + self.waiting)


async def small_job(i, count):
    count.working += 1
    count.note()
    await asyncio.sleep((1 + i * 7 % 5) / 1000)
    count.working -= 1


async def all_at_once(jobs, count):
    await asyncio.gather(*(small_job(i, count) for i in range(jobs)))


async def with_a_semaphore(jobs, count):
    slots = asyncio.Semaphore(LIMIT)

    async def with_a_slot(i):
        count.waiting += 1
        count.note()
        async with slots:
            count.waiting -= 1
            await small_job(i, count)

    await asyncio.gather(*(with_a_slot(i) for i in range(jobs)))


async def in_batches(jobs, count):
    for first in range(0, jobs, LIMIT):
        await asyncio.gather(*(small_job(i, count) for i in range(first, min(first + LIMIT, jobs))))


async def with_workers(jobs, count):
    queue = asyncio.Queue()
    for i in range(jobs):
        queue.put_nowait(i)

    async def worker():
        while not queue.empty():
            await small_job(queue.get_nowait(), count)

    await asyncio.gather(*(worker() for _ in range(LIMIT)))


def busy_work(steps):
    x, mask = 88172645463325252, (1 << 64) - 1
    for _ in range(steps):
        x ^= (x << 13) & mask
        x ^= x >> 7
        x ^= (x << 17) & mask
    return x


async def cpu_on_the_loop(jobs, steps):
    async def one():
        return busy_work(steps)

    await asyncio.gather(*(one() for _ in range(jobs)))


async def cpu_on_a_pool(jobs, steps, pool):
    loop = asyncio.get_running_loop()
    await asyncio.gather(*(loop.run_in_executor(pool, busy_work, steps) for _ in range(jobs)))


def seconds_of(coroutine):
    start = time.perf_counter()
    asyncio.run(coroutine)
    return time.perf_counter() - start


def main():
    jobs, cpu_jobs, steps = (int(arg) for arg in sys.argv[1:4])
    for way in (all_at_once, with_a_semaphore, in_batches, with_workers):
        count = Counter()
        print(f"{seconds_of(way(jobs, count)):.2f} {count.most_working} {count.most_in_memory}")
    print(f"{seconds_of(cpu_on_the_loop(cpu_jobs, steps)):.2f}")
    for size in (1, 2, 4, 8):
        with concurrent.futures.ThreadPoolExecutor(size) as threads:
            on_threads = seconds_of(cpu_on_a_pool(cpu_jobs, steps, threads))
        with concurrent.futures.ProcessPoolExecutor(size) as processes:
            on_processes = seconds_of(cpu_on_a_pool(cpu_jobs, steps, processes))
        print(f"{on_threads:.2f} {on_processes:.2f}")


if __name__ == "__main__":  # the process pool's children import this file again
    main()
