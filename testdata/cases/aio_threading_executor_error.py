# An exception raised in executor work comes back through the await, with
# the work's frames in its traceback. (One executor call per loop, and no
# output from the worker: the reference runner's idle check races a
# worker that is still busy.)
import asyncio
import threading


def parse(text):
    if threading.current_thread().name != 'asyncio_0':
        return 'wrong thread'
    return int(text)


async def main(text):
    loop = asyncio.get_running_loop()
    try:
        print(await loop.run_in_executor(None, parse, text))
    except ValueError as e:
        print('caught:', e)
        raise


for text in ['12', 'x']:
    loop = asyncio.new_event_loop()
    loop.run_until_complete(main(text))
    loop.close()
