"""The benchmark's Python side: for each N given, fetch URL N times at once with aiohttp and
print the seconds until all are in. aiohttp allows 100 connections at a time by default;
here there is no limit (limit=0), as in the C++ columns."""
import asyncio
import resource
import sys
import time

try:
    import aiohttp
except ImportError:
    sys.exit("fetch_urls.py: no aiohttp here (Debian: apt install python3-aiohttp)")


async def fetch_all(url, n):
    connector = aiohttp.TCPConnector(limit=0)
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:

        async def fetch():
            async with session.get(url) as response:
                await response.read()
                return response.status

        statuses = await asyncio.gather(*(fetch() for _ in range(n)))
        if any(status != 200 for status in statuses):
            raise RuntimeError("a request failed")


def main():
    url, sizes = sys.argv[1], [int(n) for n in sys.argv[2].split(",")]
    new_loop = None
    if "--uvloop" in sys.argv[3:]:  # the same code on uvloop's event loop (python3-uvloop)
        import uvloop
        new_loop = uvloop.new_event_loop
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    for n in sizes:
        start = time.perf_counter()
        with asyncio.Runner(loop_factory=new_loop) as runner:
            runner.run(fetch_all(url, n))
        print(f"{time.perf_counter() - start:.2f}")


if __name__ == "__main__":
    main()
