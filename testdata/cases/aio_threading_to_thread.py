# asyncio.to_thread runs in the loop's default executor ('asyncio_0');
# exceptions come back through the await.
import asyncio
import threading
import time


def blocking(n, *, label):
    time.sleep(n)
    return f'{label}: {threading.current_thread().name} {threading.current_thread() is threading.main_thread()}'


async def ticker():
    for i in range(3):
        print('tick', i, asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)


async def main():
    t = asyncio.create_task(ticker())
    print(await asyncio.to_thread(blocking, 2, label='done'))
    print('after', asyncio.get_running_loop().time())
    await t
    print(threading.current_thread().name)


# A loop of our own: asyncio.run would also shut the default executor
# down in a thread of its own, which the reference runner's idle check races.
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
