# expect: RuntimeError: Set changed size during iteration
# The source article's broadcast loop, reduced to its bug: it awaits inside a loop over the
# set of clients, and a client that leaves meanwhile changes the set under the loop.
import asyncio

clients = set()


async def broadcast(sender):
    for client in clients:
        if client != sender:
            await asyncio.sleep(0.01)  # stands in for `await client.drain()` on a slow client


async def leave_soon(client):
    await asyncio.sleep(0.005)
    clients.discard(client)  # a client disconnects while the broadcast is waiting


async def main():
    clients.update({"ann", "bob", "cy", "dee"})
    try:
        await asyncio.gather(broadcast("ann"), leave_soon("cy"))
    except RuntimeError as error:
        print(f"RuntimeError: {error}")


asyncio.run(main())
