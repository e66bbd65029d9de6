# 10 000 tasks, each awaiting asyncio.sleep(0) 100 times.
import asyncio

async def worker():
    for _ in range(100):
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(*(worker() for _ in range(10_000)))
    print("done")

asyncio.run(main())
