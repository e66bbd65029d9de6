import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(name)
    return name


def names(s):
    return sorted(t.get_name() for t in s)


async def main():
    loop = asyncio.get_running_loop()

    def mk(*specs):
        return [asyncio.create_task(job(*s), name=s[0]) for s in specs]

    ts = mk(('a', 1), ('b', 2), ('c', 3))
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED', names(done), names(pending), loop.time())
    done, pending = await asyncio.wait(ts)
    print('ALL_COMPLETED', names(done), names(pending), loop.time())

    ts = mk(('d', 1), ('e', 2, True), ('f', 3))
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION', names(done), names(pending), loop.time())
    print([repr(t.exception()) for t in ts if t.done()])
    done, pending = await asyncio.wait(pending, timeout=0.5)
    print('timeout', names(done), names(pending), loop.time())
    done, pending = await asyncio.wait(pending, timeout=5)
    print('timeout 5', names(done), names(pending), loop.time())

    ts = mk(('g', 1), ('h', 2))
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION without one', names(done), names(pending), loop.time())

    done, pending = await asyncio.wait(ts, timeout=0)
    print('already done', names(done), names(pending))
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    for bad in ([], set()):
        try:
            await asyncio.wait(bad)
        except ValueError as e:
            print('ValueError:', e)
    try:
        await asyncio.wait(ts, return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError:', e)
    coro = job('x', 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print('TypeError:', e)
    coro.close()
    fut = loop.create_future()
    loop.call_later(1, fut.set_result, 'f')
    done, pending = await asyncio.wait({fut})
    print(done == {fut}, pending, fut.result(), loop.time())


asyncio.run(main())
