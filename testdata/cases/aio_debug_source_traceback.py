# asyncio's debug mode keeps where tasks, futures and handles were made:
# a task exception never retrieved and an exception in a callback show
# that stack ("source_traceback"), and a coroutine never awaited says
# where it was created.
import asyncio


async def boom():
    raise ValueError('x')


def bad_callback():
    raise KeyError('cb')


async def main():
    asyncio.ensure_future(boom())
    await asyncio.sleep(1)

    async def f():
        pass

    f()
    await asyncio.sleep(0)
    asyncio.get_running_loop().call_soon(bad_callback)
    await asyncio.sleep(0)
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(RuntimeError('lost'))
    del fut
    await asyncio.sleep(0)
    print('end of main')

asyncio.run(main(), debug=True)
