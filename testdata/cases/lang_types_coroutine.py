import asyncio, types

@types.coroutine
def legacy(n):
    yield from asyncio.sleep(n)
    return n

async def main():
    print(await legacy(1), asyncio.iscoroutinefunction(legacy))
    t = asyncio.ensure_future(legacy(2))
    print(await t)
    def gen():
        yield
    try:
        await gen()
    except TypeError as e:
        print("TypeError:", e)
    print(hasattr(asyncio, "coroutine"))

asyncio.run(main())
