import asyncio


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = [
        asyncio.ensure_future(asyncio.sleep(1)),
        asyncio.ensure_future(asyncio.wait_for(asyncio.sleep(5), 1)),
        asyncio.ensure_future(q.get()),
        asyncio.ensure_future(ev.wait()),
        asyncio.ensure_future(lock.acquire()),
        asyncio.ensure_future(asyncio.wait([asyncio.ensure_future(asyncio.sleep(2))])),
    ]
    print(asyncio.sleep(3))
    await asyncio.sleep(0)
    for t in tasks:
        print(t)
    await asyncio.sleep(3)
    q.put_nowait(1)
    ev.set()
    lock.release()
    await asyncio.sleep(0)
    for t in tasks:
        print(t)
        if not t.cancelled() and t.exception():
            print('exception:', repr(t.exception()))


asyncio.run(main())
