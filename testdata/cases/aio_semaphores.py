import asyncio


async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(2)
    print(sem.locked(), repr(sem).endswith('[unlocked, value:2]>'))

    async def worker(n):
        async with sem:
            print('worker', n, 'in', loop.time())
            await asyncio.sleep(1)
        print('worker', n, 'out', loop.time())

    await asyncio.gather(*(worker(i) for i in range(5)))
    print(await sem.acquire(), await sem.acquire(), sem.locked())
    print(repr(sem).endswith('[locked]>'))
    sem.release()
    sem.release()
    sem.release()
    print('plain Semaphore can go above its start value', repr(sem).endswith('value:3]>'))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    z = asyncio.Semaphore(0)
    print(z.locked())

    async def taker(n):
        await z.acquire()
        print('taker', n, loop.time())

    ts = [asyncio.create_task(taker(i)) for i in range(3)]
    await asyncio.sleep(1)
    z.release()
    await asyncio.sleep(1)
    z.release()
    z.release()
    await asyncio.gather(*ts)
    t = asyncio.create_task(z.acquire())
    try:
        await asyncio.wait_for(z.acquire(), 1)
    except asyncio.TimeoutError:
        print('acquire timed out', loop.time())
    t.cancel()
    print(isinstance(b, asyncio.Semaphore), asyncio.Semaphore().locked())


asyncio.run(main())
