import asyncio, signal

async def worker(name, q, lock):
    while True:
        item = await q.get()
        async with lock:
            print(name, "got", item)
            await asyncio.sleep(0.1)
        q.task_done()

async def failing():
    await asyncio.sleep(0.05)
    raise ValueError("boom")

def cb(x):
    print("callback", x)

async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    lock = asyncio.Lock()
    ev = asyncio.Event()
    ws = [asyncio.create_task(worker(f"w{i}", q, lock)) for i in range(2)]
    loop.call_soon(cb, 1)
    loop.call_later(0.2, cb, 2)
    for i in range(3):
        await q.put(i)
    f = asyncio.create_task(failing())
    try:
        await asyncio.wait_for(ev.wait(), 0.3)
    except asyncio.TimeoutError:
        print("timeout")
    await q.join()
    res = await asyncio.gather(f, asyncio.sleep(0, "x"), return_exceptions=True)
    print(res)
    for w in ws:
        w.cancel()
    await asyncio.sleep(0)
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, 5)
    print(await fut)

asyncio.run(main())
