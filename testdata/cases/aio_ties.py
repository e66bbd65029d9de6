import asyncio


async def worker(name, d):
    await asyncio.sleep(d)
    print('woke', name, asyncio.get_running_loop().time())


async def main():
    loop = asyncio.get_running_loop()
    for i in range(3):
        loop.call_later(1, print, 'later', i)
    t = loop.time() + 1
    loop.call_at(t, print, 'at-a')
    tasks = [asyncio.create_task(worker(n, 1)) for n in 'xyz']
    loop.call_at(t, print, 'at-b')
    loop.call_later(0, print, 'later0')
    loop.call_soon(print, 'soon')
    h = loop.call_later(1, print, 'cancelled tie')
    loop.call_later(1, print, 'later', 3)
    h.cancel()
    await asyncio.gather(*tasks)
    print('gathered', loop.time())
    # equal deadlines reached by different float sums
    base = loop.time()
    loop.call_at(base + 0.3, print, 'sum a')
    loop.call_at(base + 0.1 + 0.2, print, 'sum b')
    loop.call_at(base + 0.30000000000000004, print, 'sum c')
    loop.call_at(base + 0.3, print, 'sum d')
    await asyncio.sleep(1)
    # sleeps that end together wake in the order they were scheduled
    t1 = asyncio.create_task(worker('p', 2))
    t2 = asyncio.create_task(worker('q', 1))
    await asyncio.sleep(1)
    t3 = asyncio.create_task(worker('r', 1))
    await asyncio.gather(t1, t2, t3)
    # a timer due now runs after what is already ready
    loop.call_later(0, print, 'timer 0')
    loop.call_soon(print, 'ready 1')
    await asyncio.sleep(0)
    print('after sleep(0)')
    await asyncio.sleep(0)
    print('after second sleep(0)')


asyncio.run(main())
