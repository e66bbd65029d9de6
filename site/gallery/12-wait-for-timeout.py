# Timeouts: wait_for() and asyncio.timeout()
import asyncio


async def slow_query(seconds):
    try:
        await asyncio.sleep(seconds)
        return f'rows after {seconds}s'
    except asyncio.CancelledError:
        print(f'  query ({seconds}s) cancelled: cleaning up')
        raise


async def main():
    print(await asyncio.wait_for(slow_query(1), timeout=2))

    try:
        await asyncio.wait_for(slow_query(5), timeout=2)
    except TimeoutError:
        print('wait_for: gave up after 2s')

    # Python 3.11: a timeout around a whole block.
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(1.5):
            await slow_query(1)
            await slow_query(1)
    except TimeoutError:
        print(f'timeout block expired after {loop.time() - start}s')


asyncio.run(main())
