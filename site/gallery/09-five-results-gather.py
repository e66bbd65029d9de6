# Results of five concurrent functions with gather()
# A reader's question: "I have 5 functions to run concurrently, and each
# returns something: how do I get each result?" asyncio.gather returns the
# results in the order the awaitables were given, whatever order they
# finish in.
import asyncio


async def work(name, seconds):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(seconds)
    print(f'{name} finished at t={loop.time() - START:.1f}')
    return f'{name}: {seconds * 10:.0f} items'


async def main():
    global START
    START = asyncio.get_running_loop().time()
    results = await asyncio.gather(
        work('alpha', 3),
        work('beta', 1),
        work('gamma', 4),
        work('delta', 1.5),
        work('epsilon', 2),
    )
    print('results, in argument order:')
    for result in results:
        print(' ', result)
    elapsed = asyncio.get_running_loop().time() - START
    print(f'total: {elapsed:.1f}s (one after the other: 11.5s)')


asyncio.run(main())
