import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    loop = asyncio.get_running_loop()
    for f in asyncio.as_completed([job('c', 3), job('a', 1), job('b', 2)]):
        print(await f, loop.time())
    fs = [job('x', 1), job('y', 5)]
    try:
        for f in asyncio.as_completed(fs, timeout=2):
            print(await f, loop.time())
    except asyncio.TimeoutError as e:
        print('as_completed timeout', repr(e), loop.time())
    await asyncio.sleep(5)
    t = asyncio.create_task(job('t', 1))
    for f in asyncio.as_completed([t, t]):
        print('dup', await f)
    print(list(asyncio.as_completed([])))

    async with asyncio.timeout(1.5) as cm:
        print(cm, cm.when(), cm.expired())
        await asyncio.sleep(1)
    print('in time', cm.expired(), cm)
    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(2)
            print('not reached')
    except TimeoutError as e:
        print('timeout', repr(e), cm.expired(), loop.time())
        print('context', repr(e.__context__))
    print(cm)
    async with asyncio.timeout(None) as cm:
        print(cm, cm.when())
        cm.reschedule(loop.time() + 0.5)
        print(cm.when())
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('inside sees CancelledError')
            raise
    print('never here')


async def outer():
    loop = asyncio.get_running_loop()
    try:
        await main()
    except TimeoutError:
        print('rescheduled timeout fired', loop.time())
    try:
        async with asyncio.timeout_at(loop.time() + 1):
            async with asyncio.timeout(5) as inner:
                await asyncio.sleep(3)
    except TimeoutError:
        print('outer timeout_at fired; inner expired?', inner.expired(), loop.time())
    async with asyncio.timeout(2) as cm:
        try:
            async with asyncio.timeout(0.5):
                await asyncio.sleep(1)
        except TimeoutError:
            print('inner timeout inside outer', loop.time())
        await asyncio.sleep(0.5)
    print('outer not expired', cm.expired())
    try:
        async with asyncio.timeout(-1):
            print('entered with a past deadline')
            await asyncio.sleep(0)
    except TimeoutError:
        print('past deadline', loop.time())
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)


asyncio.run(outer())
