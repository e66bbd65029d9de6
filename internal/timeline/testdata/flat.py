# Everything happens at t=0: the picture still tells the steps apart.
import asyncio

async def child(n, lock):
    async with lock:
        print("child", n)
        await asyncio.sleep(0)
    return n * n

async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(child(n, lock)) for n in range(3)]
    print(await asyncio.gather(*tasks))
    asyncio.get_running_loop().call_soon(print, "soon")
    await asyncio.sleep(0)

asyncio.run(main())
