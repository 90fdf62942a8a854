"""The benchmark's Python side: start N `true` children at once with asyncio and wait for
them all. Prints, for each N given, the best time of --rounds runs in milliseconds."""
import argparse
import asyncio
import resource
import shutil
import time


async def run_one(program):
    child = await asyncio.create_subprocess_exec(program)
    return await child.wait()


async def run_all(program, children):
    codes = await asyncio.gather(*(run_one(program) for _ in range(children)))
    if any(codes):
        raise RuntimeError("a child failed")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("children", type=int, nargs="+")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--uvloop", action="store_true", help="run on uvloop's event loop (python3-uvloop)")
    args = parser.parse_args()
    new_loop = None
    if args.uvloop:
        import uvloop
        new_loop = uvloop.new_event_loop
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    program = shutil.which("true")
    for children in args.children:
        best = float("inf")
        for _ in range(args.rounds):
            start = time.perf_counter()
            with asyncio.Runner(loop_factory=new_loop) as runner:
                runner.run(run_all(program, children))
            best = min(best, time.perf_counter() - start)
        print(f"{best * 1000:.1f}")


if __name__ == "__main__":
    main()
