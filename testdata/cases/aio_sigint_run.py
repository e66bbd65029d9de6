import asyncio


async def child(n):
    try:
        await asyncio.sleep(100 * n)
    except asyncio.CancelledError as e:
        print('child', n, 'cancelled', repr(e))
        raise


async def main():
    tasks = [asyncio.create_task(child(n)) for n in (1, 2)]
    try:
        await asyncio.Event().wait()
    except asyncio.CancelledError:
        print('main cancelled at', asyncio.get_running_loop().time())
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        print('cleanup done')
        raise
    finally:
        print('main finally')


asyncio.run(main())
