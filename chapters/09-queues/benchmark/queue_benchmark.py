"""The Python side of queue_benchmark: asyncio.Queue(1024) with 1 producer and 1 consumer,
then 4 and 4. Prints one line per case: million items per second.
Usage: python3 queue_benchmark.py [ITEMS] [--uvloop]"""
import asyncio
import sys
import time


async def produce(queue, items):
    for i in range(items):
        await queue.put(i)


async def consume(queue, items, total):
    for _ in range(items):
        item = await queue.get()  # not `total[0] += await ...`: that reads total before waiting
        total[0] += item


async def move(items, pairs):
    queue = asyncio.Queue(maxsize=1024)
    total = [0]
    share = items // pairs
    work = [produce(queue, share) for _ in range(pairs)]
    work += [consume(queue, share, total) for _ in range(pairs)]
    await asyncio.gather(*work)
    if total[0] != pairs * share * (share - 1) // 2:
        raise RuntimeError("items were lost or duplicated")


def main():
    numbers = [int(arg) for arg in sys.argv[1:] if arg.isdigit()]
    items = numbers[0] if numbers else 1_000_000
    new_loop = None
    if "--uvloop" in sys.argv:  # the same code on uvloop's event loop (python3-uvloop)
        import uvloop
        new_loop = uvloop.new_event_loop
    for pairs in (1, 4):
        start = time.perf_counter()
        with asyncio.Runner(loop_factory=new_loop) as runner:
            runner.run(move(items, pairs))
        print(f"{items / (time.perf_counter() - start) / 1e6:.2f}", flush=True)


main()
