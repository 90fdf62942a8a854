"""The Python side of queue_benchmark: asyncio.Queue(1024) with 1 producer and 1 consumer,
then 4 and 4. Prints one line per case: "PAIRS MILLION_ITEMS_PER_SECOND".
Usage: python3 queue_benchmark.py [ITEMS]"""
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
    items = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    for pairs in (1, 4):
        start = time.perf_counter()
        asyncio.run(move(items, pairs))
        print(pairs, f"{items / (time.perf_counter() - start) / 1e6:.2f}", flush=True)


main()
