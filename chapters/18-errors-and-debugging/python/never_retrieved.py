# expect: Task exception was never retrieved
# A task fails and nobody awaits it: asyncio logs it when the task is garbage-collected.
import asyncio
import gc


async def fail():
    raise ValueError("item 4 is broken")


async def main():
    asyncio.create_task(fail())
    await asyncio.sleep(0.01)
    gc.collect()


asyncio.run(main())
