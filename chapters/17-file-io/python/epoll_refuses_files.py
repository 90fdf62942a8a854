# expect: epoll refuses a regular file: PermissionError
"""Why asyncio has no asynchronous files: its loop waits with epoll, and epoll will not
watch a regular file at all (a file is always "ready"; the wait is inside read()).
add_reader() on a file fails; a pipe is accepted."""
import asyncio
import os
import tempfile


async def main():
    loop = asyncio.get_running_loop()
    read_end, write_end = os.pipe()
    loop.add_reader(read_end, lambda: None)
    loop.remove_reader(read_end)
    print("epoll accepts a pipe")
    with tempfile.TemporaryFile() as f:
        try:
            loop.add_reader(f.fileno(), lambda: None)
            print("epoll accepted a regular file?")
        except PermissionError as error:
            print(f"epoll refuses a regular file: PermissionError ({error.strerror})")


asyncio.run(main())
