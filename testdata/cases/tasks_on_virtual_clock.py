import asyncio
import time

async def worker(name, delay):
    print(f"{loop.time() - 1000:.1f} {name} start")
    await asyncio.sleep(delay)
    print(f"{loop.time() - 1000:.1f} {name} done")
    return name

loop = asyncio.new_event_loop()
t1 = loop.create_task(worker("a", 2))
t2 = loop.create_task(worker("b", 1))
loop.run_until_complete(asyncio.sleep(0.5))
time.sleep(3)
print(t1.done(), t2.done())
loop.run_until_complete(t1)
print(t1.result(), t2.result(), t1)
loop.close()
