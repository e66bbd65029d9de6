import asyncio


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    print(lock.locked(), '[unlocked]' in repr(lock))
    log = []

    async def critical(name, d):
        async with lock:
            print(name, 'acquired', loop.time(), lock.locked())
            await asyncio.sleep(d)
        print(name, 'released', loop.time())

    await asyncio.gather(critical('a', 1), critical('b', 1), critical('c', 0.5))
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(await lock.acquire(), lock.locked())
    print('[locked, waiters:1]' in repr(lock) or 'no waiters in repr', repr(lock).endswith('[locked]>'))
    w = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(repr(lock).endswith('[locked, waiters:1]>'))
    w.cancel()
    await asyncio.sleep(0)
    lock.release()
    print(lock.locked())

    ev = asyncio.Event()
    print(ev.is_set(), repr(ev).endswith('[unset]>'))

    async def waiter(n):
        print('waiter', n, 'waiting')
        r = await ev.wait()
        print('waiter', n, 'woke', r, loop.time())

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(1)
    print(repr(ev).endswith('[unset, waiters:3]>'))
    ev.set()
    ev.set()
    print('set', ev.is_set())
    await asyncio.gather(*ws)
    print(await ev.wait(), repr(ev).endswith('[set]>'))
    ev.clear()
    print(ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.5)
    except asyncio.TimeoutError:
        print('event wait timed out', loop.time())

    cond = asyncio.Condition()
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print('consumer', n, 'takes', items.pop(0), loop.time())

    async def plain_waiter(n):
        async with cond:
            print('plain', n, 'waits')
            r = await cond.wait()
            print('plain', n, 'notified', r)

    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    ps = [asyncio.create_task(plain_waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        items.append('x')
        cond.notify()
    await asyncio.sleep(1)
    async with cond:
        items.extend(['y', 'z'])
        cond.notify(2)
    await asyncio.sleep(1)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cs, *ps)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(cond.locked())


asyncio.run(main())
