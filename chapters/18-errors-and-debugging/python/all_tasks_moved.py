# expect: asyncio.Task.all_tasks: gone; asyncio.all_tasks: 2 tasks
# The seed's asyncio.Task.all_tasks() was removed in Python 3.9: asyncio.all_tasks() replaces it.
import asyncio


async def main():
    asyncio.create_task(asyncio.sleep(1), name="sleeper")
    old = "present" if hasattr(asyncio.Task, "all_tasks") else "gone"
    print(f"asyncio.Task.all_tasks: {old}; asyncio.all_tasks: {len(asyncio.all_tasks())} tasks")


asyncio.run(main())
