import asyncio


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue(maxsize=2)
    print(q, q.maxsize, q.qsize(), q.empty(), q.full())
    q.put_nowait('a')
    q.put_nowait('b')
    print(q, q.full())
    try:
        q.put_nowait('c')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)

    async def producer(n):
        for i in range(n):
            await q.put(i)
            print('put', i, loop.time(), q.qsize())
        await q.put(None)

    async def consumer():
        while True:
            item = await q.get()
            print('got', item, loop.time())
            q.task_done()
            if item is None:
                return
            await asyncio.sleep(1)

    await asyncio.gather(producer(4), consumer())
    print(q)

    async def getter(name):
        v = await q.get()
        print(name, 'got', v)
        q.task_done()

    q = asyncio.Queue()
    gs = [asyncio.create_task(getter(n)) for n in 'xyz']
    await asyncio.sleep(0)
    print(q)
    for v in (1, 2, 3):
        q.put_nowait(v)
    await q.join()
    print('joined', q, loop.time())

    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a0')]:
        pq.put_nowait(item)
    print(pq)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue(3)
    for i in range(3):
        await lq.put(i)
    print(lq, lq.full())
    print([await lq.get() for _ in range(3)])

    jq = asyncio.Queue()
    for i in range(3):
        jq.put_nowait(i)

    async def worker():
        while True:
            item = await jq.get()
            await asyncio.sleep(item)
            print('worked', item, loop.time())
            jq.task_done()

    w = asyncio.create_task(worker())
    await jq.join()
    print('all work done', loop.time())
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print(w.cancelled())
    fq = asyncio.Queue(1)
    await fq.put(1)
    blocked = asyncio.create_task(fq.put(2))
    await asyncio.sleep(0)
    print(fq, blocked.done())
    print(await fq.get(), await blocked, fq.get_nowait())
    try:
        await asyncio.wait_for(fq.get(), 1)
    except asyncio.TimeoutError:
        print('get timed out', loop.time(), fq)
    fq.put_nowait('last')
    fq.put_nowait('too many')


asyncio.run(main())
