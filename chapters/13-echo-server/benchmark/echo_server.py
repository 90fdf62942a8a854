"""The benchmark's Python side: the chapter's echo server in asyncio (lines of at most
4096 bytes, each written back). Prints its address like the C++ servers, stops on SIGTERM.
Usage: python3 echo_server.py [--port N]"""
import asyncio
import signal
import sys


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


asyncio.run(main(int(sys.argv[2]) if len(sys.argv) == 3 and sys.argv[1] == "--port" else 8890))
