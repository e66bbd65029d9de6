# Semaphore: at most 2 downloads at a time
import asyncio

START = 0.0


def now():
    return asyncio.get_running_loop().time() - START


async def download(sem, n):
    async with sem:
        print(f'{now():3.0f}s  start  file-{n}')
        await asyncio.sleep(2)
        print(f'{now():3.0f}s  finish file-{n}')
    return n


async def main():
    global START
    START = asyncio.get_running_loop().time()
    sem = asyncio.Semaphore(2)
    done = await asyncio.gather(*(download(sem, n) for n in range(1, 6)))
    print(f'{now():3.0f}s  all done: {done}')


asyncio.run(main())
