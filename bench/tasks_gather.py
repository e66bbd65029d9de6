# 100 000 concurrent sleeping tasks, gathered.
import asyncio

async def sleeper(i):
    await asyncio.sleep(1 + i % 10)
    return i

async def main():
    results = await asyncio.gather(*(sleeper(i) for i in range(100_000)))
    print(len(results), sum(results))

asyncio.run(main())
