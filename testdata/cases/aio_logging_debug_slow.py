# Debug mode's slow-callback warning goes through the 'asyncio' logger:
# basicConfig's format applies to it, as to the other reports.
import asyncio
import logging
import time

logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(name)s: %(message)s')


async def work():
    time.sleep(0.25)


async def boom():
    raise ValueError('lost')


async def main():
    await asyncio.create_task(work())
    asyncio.ensure_future(boom())
    await asyncio.sleep(0.5)
    logging.getLogger('asyncio').setLevel(logging.ERROR)
    await asyncio.create_task(work())
    print('done')

asyncio.run(main(), debug=True)
