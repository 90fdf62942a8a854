# expect: FileNotFoundError: no-such-program
"""create_subprocess_exec of a program that is not on PATH raises FileNotFoundError
before any child exists, as chapter 15's child constructor throws std::system_error."""
import asyncio


async def main():
    try:
        await asyncio.create_subprocess_exec("no-such-program", "--version")
    except FileNotFoundError as error:
        print(f"FileNotFoundError: {error.filename}")


asyncio.run(main())
