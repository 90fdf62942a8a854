"""The benchmark's Python side: the chapter's echo server in asyncio (lines of at most
4096 bytes, each written back). Prints its address like the C++ servers, stops on SIGTERM.
Usage: python3 echo_server.py [--port N] [--uvloop]"""
import argparse
import asyncio
import signal


async def serve_client(reader, writer):
    try:
        while line := await reader.readuntil(b"\n"):
            writer.write(line)
            await writer.drain()
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        pass
    writer.close()


async def main(port):
    server = await asyncio.start_server(serve_client, "127.0.0.1", port, limit=4096)
    host, port = server.sockets[0].getsockname()[:2]
    print(f"echo server listening on {host}:{port} (Ctrl-C stops it)", flush=True)
    stop = asyncio.Event()
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        asyncio.get_running_loop().add_signal_handler(signal_number, stop.set)
    async with server:
        await stop.wait()
    print("stopped cleanly", flush=True)


parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, default=8890)
parser.add_argument("--uvloop", action="store_true", help="run on uvloop's event loop (python3-uvloop)")
args = parser.parse_args()
new_loop = None
if args.uvloop:
    import uvloop
    new_loop = uvloop.new_event_loop
with asyncio.Runner(loop_factory=new_loop) as runner:
    runner.run(main(args.port))
