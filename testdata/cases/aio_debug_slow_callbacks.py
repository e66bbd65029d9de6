# asyncio's debug mode (asyncio.run(debug=True)): a callback or task step
# that blocks the loop for slow_callback_duration (0.1 s) or longer is
# reported ("Executing ... took ... seconds"), and handles, tasks and
# futures made in debug mode say where they were created.
import asyncio
import time


def blocking(x):
    time.sleep(0.15)


async def work():
    time.sleep(0.3)


async def quick():
    await asyncio.sleep(0.05)


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    h = loop.call_soon(blocking, 1)
    print(h)
    th = loop.call_later(1, blocking, 2)
    print(th)
    at = loop.call_later(5, blocking, 3)
    at.cancel()
    print(at)
    fut = loop.create_future()
    print(fut)
    fut.set_result(None)
    await asyncio.sleep(2)
    t = asyncio.ensure_future(work())
    print(t)
    await t
    t2 = loop.create_task(work())
    await t2
    t3 = asyncio.create_task(work(), name='named')
    await t3
    await asyncio.gather(work(), quick())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(work())
    loop.slow_callback_duration = 1
    await work()
    print('threshold raised')
    loop.set_debug(False)
    await work()
    print(loop.get_debug(), asyncio.create_task(quick()))

asyncio.run(main(), debug=True)
