"""The benchmark's Python side: read FOLDER/small{i}.txt for i < FILES, then LARGE, in
64 KB reads, first with plain blocking reads, then with every open, read and close on a
thread through asyncio.to_thread, which is what aiofiles does for each call. Prints four
lines of milliseconds, best of ROUNDS: small plain, small to_thread, large plain, large
to_thread."""
import asyncio
import os
import sys
import time

CHUNK = 64 * 1024


def read_whole(path):
    total = 0
    with open(path, "rb", buffering=0) as f:
        while chunk := f.read(CHUNK):
            total += len(chunk)
    return total


async def read_on_threads(paths):
    limit = asyncio.Semaphore(64)

    async def one(path):
        async with limit:
            f = await asyncio.to_thread(open, path, "rb", buffering=0)
            total = 0
            while chunk := await asyncio.to_thread(f.read, CHUNK):
                total += len(chunk)
            await asyncio.to_thread(f.close)
            return total

    return sum(await asyncio.gather(*(one(p) for p in paths)))


def best_ms(rounds, run):
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return f"{best * 1000:.1f}"


def main():
    folder, files, large, rounds = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    small = [os.path.join(folder, f"small{i}.txt") for i in range(files)]
    for paths in (small, [large]):
        print(best_ms(rounds, lambda: sum(read_whole(p) for p in paths)))
        print(best_ms(rounds, lambda: asyncio.run(read_on_threads(paths))))


if __name__ == "__main__":
    main()
