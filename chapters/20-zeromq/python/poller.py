# expect: worker: 'stop' on the control channel, so it ends
"""poller.cpp in Python: zmq.asyncio's Poller says which sockets have a message; the worker
then receives from those, the control channel first."""
import asyncio
import sys

try:
    import zmq
    import zmq.asyncio
except ImportError:
    print("skipped: no /usr/bin/python3 with zmq (Debian: python3-zmq)")
    sys.exit(77)


async def worker(jobs, control, results):
    poller = zmq.asyncio.Poller()
    poller.register(jobs, zmq.POLLIN)
    poller.register(control, zmq.POLLIN)
    while True:
        ready = dict(await poller.poll())
        if control in ready:
            print(f"worker: '{await control.recv_string()}' on the control channel, so it ends")
            return
        job = await jobs.recv_string()
        print(f"worker: {job}")
        await results.send_string(f"{job} done")


async def boss(jobs, control, results):
    await control.recv()  # the worker's subscription (an XPUB socket sees it)
    for i in range(1, 4):
        await jobs.send_string(f"job {i}")
        print(f"boss: '{await results.recv_string()}'")
    await control.send_string("stop")


def pair(context, bound_type, connected_type):
    bound, connected = context.socket(bound_type), context.socket(connected_type)
    bound.bind("tcp://127.0.0.1:*")
    connected.connect(bound.getsockopt_string(zmq.LAST_ENDPOINT))
    return bound, connected


async def main():
    context = zmq.asyncio.Context()
    jobs_out, jobs_in = pair(context, zmq.PUSH, zmq.PULL)
    control_out, control_in = pair(context, zmq.XPUB, zmq.SUB)
    control_in.setsockopt(zmq.SUBSCRIBE, b"")
    results_in, results_out = pair(context, zmq.PULL, zmq.PUSH)
    await asyncio.gather(worker(jobs_in, control_in, results_out), boss(jobs_out, control_out, results_in))
    context.destroy(linger=0)


asyncio.run(main())
