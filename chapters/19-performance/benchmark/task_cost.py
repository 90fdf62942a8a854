# task_cost.cpp's Python side: N trivial tasks created then awaited, or N tasks sleeping 1 s.
# task_cost.py tasks|sleepers N [--uvloop]   prints "seconds peak_MiB"
# (--uvloop: the same code on uvloop's event loop, Debian's python3-uvloop)
import asyncio
import resource
import sys
import time


async def trivial(i):
    return i


async def tasks(n):
    created = [asyncio.create_task(trivial(i)) for i in range(n)]
    return sum([await task for task in created])


async def sleepers(n):
    created = [asyncio.create_task(asyncio.sleep(1)) for _ in range(n)]
    for task in created:
        await task


def main():
    row, n = sys.argv[1], int(sys.argv[2])
    new_loop = None
    if "--uvloop" in sys.argv:
        import uvloop
        new_loop = uvloop.new_event_loop
    start = time.perf_counter()
    with asyncio.Runner(loop_factory=new_loop) as runner:
        runner.run(tasks(n) if row == "tasks" else sleepers(n))
    seconds = time.perf_counter() - start
    print(f"{seconds:.3f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}")


main()
