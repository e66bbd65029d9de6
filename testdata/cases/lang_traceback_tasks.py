import traceback, sys, asyncio

async def worker(i):
    await asyncio.sleep(0.1 * i)
    if i == 2:
        raise KeyError(i)
    return i

async def supervise(i):
    try:
        return await worker(i)
    except Exception:
        traceback.print_exc()
        print("task", i, "failed:", traceback.format_exc().splitlines()[-1])
        return None

async def main():
    print(await asyncio.gather(*(supervise(i) for i in range(4))))
    t = asyncio.create_task(worker(2))
    await asyncio.sleep(1)
    exc = t.exception()
    print("".join(traceback.format_exception(exc)), end="")
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        traceback.print_exc()
    except* TypeError as eg:
        traceback.print_exception(eg)

asyncio.run(main())
