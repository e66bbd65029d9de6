# gather(): run coroutines concurrently, collect results and errors
import asyncio


async def fetch(url, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ConnectionError(f'{url}: connection reset')
    return f'{url}: 200 OK'


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    # All three run at once: the whole thing takes as long as the slowest.
    pages = await asyncio.gather(
        fetch('/a', 1), fetch('/b', 3), fetch('/c', 2))
    print(pages, f'after {loop.time() - start:.0f}s')

    # By default the first exception propagates to the awaiter...
    try:
        await asyncio.gather(fetch('/d', 1), fetch('/e', 0.5, fail=True))
    except ConnectionError as e:
        print('gather raised:', e)

    # ...with return_exceptions=True, errors come back as results.
    results = await asyncio.gather(
        fetch('/f', 1), fetch('/g', 0.5, fail=True),
        return_exceptions=True)
    for r in results:
        print('  ', repr(r))
    print(f'total {loop.time() - start:.1f}s')


asyncio.run(main())
