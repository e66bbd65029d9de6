import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext

@asynccontextmanager
async def resource(name, delay=0.1):
    print("acquire", name)
    await asyncio.sleep(delay)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(delay)
        print("release", name)

@asynccontextmanager
async def broken():
    if False:
        yield

async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        print("agen closed")

async def main():
    loop = asyncio.get_running_loop()
    async with resource("a") as r:
        print("using", r, round(loop.time() - 1000, 2))
    try:
        async with resource("b"):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    try:
        async with broken():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with AsyncExitStack() as stack:
        names = [await stack.enter_async_context(resource(n, 0.05)) for n in "xyz"]
        print(names)
        stack.push_async_callback(asyncio.sleep, 0.2)
        stack.callback(print, "sync callback")
    print("t =", round(loop.time() - 1000, 2))
    async with aclosing(agen()) as g:
        async for v in g:
            if v == 2:
                break
            print("v", v)
    async with nullcontext("n") as n:
        print(n)

    @resource("deco")
    async def work():
        print("working")
        return 7

    print(await work())

asyncio.run(main())
