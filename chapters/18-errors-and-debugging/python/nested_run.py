# expect: cannot be called from a running event loop
import asyncio


async def answer():
    return 42


async def main():
    coroutine = answer()
    try:
        asyncio.run(coroutine)
    except RuntimeError as e:
        print("nested run:", e)
        coroutine.close()
    print("awaited:", await answer())


asyncio.run(main())
