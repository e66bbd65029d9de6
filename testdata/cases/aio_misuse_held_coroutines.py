# Misusing asyncio with a fresh coroutine: asyncio.run() inside a running
# loop, run_until_complete() on the running loop, create_task() with no
# running loop, asyncio.wait() given coroutines. CPython's functions are
# Python code whose frame, kept by the exception's traceback, holds the
# coroutine: "never awaited" comes when the caught exception goes, and a
# Task's coroutine never started is not reported at exit. Also the
# Condition repr.
import asyncio

async def coro():
    pass

try:
    asyncio.create_task(coro())
except RuntimeError as e:
    print("create_task:", e)
print("after create_task")

t = asyncio.ensure_future(coro())
print(type(t).__name__)

async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(coro())
    except RuntimeError as e:
        print("run_until_complete:", e)
    print("between")
    try:
        asyncio.run(coro())
    except RuntimeError as e:
        print("run:", e)
    try:
        await asyncio.wait([asyncio.sleep(1)])
    except TypeError as e:
        print("wait:", e)
    cond = asyncio.Condition()
    r = repr(cond)
    print(r[:r.index(" at ")], r[r.index("["):])
    async with cond:
        r = repr(cond)
        print(r[r.index("["):])
    print("inner end")
    asyncio.run(coro())

asyncio.run(main())
