# expect: Executing <Task .*resize.* took 0\.[0-9]+ seconds
# Debug mode names the task whose step blocked the loop (asyncio's slow_callback_duration: 0.1 s).
import asyncio
import time


async def resize():
    time.sleep(0.2)  # blocking work on the loop's thread
    await asyncio.sleep(0)


async def main():
    await asyncio.create_task(resize(), name="resize")


asyncio.run(main(), debug=True)
