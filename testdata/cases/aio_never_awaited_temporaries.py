import asyncio


async def work(n):
    print('work', n)
    return n


async def main():
    asyncio.sleep(1)
    print('a: a coroutine statement is dropped at once')
    print(type(work(1)).__name__)
    print('b: so is a coroutine passed only to a call')
    kept = [work(2)]
    print('c: a coroutine in a list lives on')
    print(len(kept), await kept[0])
    t = asyncio.ensure_future(work(3))
    print('d: one given to a task is not lost')
    await t


asyncio.run(main())
print('end')
