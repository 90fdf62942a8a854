# expect: sent 'hello 3', got 'hello 3, world'
"""req_rep.cpp in Python: zmq.asyncio's sockets are awaited like asyncio's streams."""
import asyncio
import sys

try:
    import zmq
    import zmq.asyncio
except ImportError:
    print("skipped: no /usr/bin/python3 with zmq (Debian: python3-zmq)")
    sys.exit(77)


async def answer(server, requests):
    for _ in range(requests):
        request = await server.recv_string()
        await server.send_string(f"{request}, world")


async def ask(client, requests):
    for i in range(1, requests + 1):
        await client.send_string(f"hello {i}")
        print(f"sent 'hello {i}', got '{await client.recv_string()}'")


async def main():
    context = zmq.asyncio.Context()
    server = context.socket(zmq.REP)
    server.bind("tcp://127.0.0.1:*")
    client = context.socket(zmq.REQ)
    client.connect(server.getsockopt_string(zmq.LAST_ENDPOINT))
    await asyncio.gather(answer(server, 3), ask(client, 3))
    context.destroy(linger=0)


asyncio.run(main())
