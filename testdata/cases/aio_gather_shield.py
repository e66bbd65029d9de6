import asyncio


async def job(name, d, fail=False):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    if fail:
        raise ValueError(name)
    print(name, 'done')
    return name


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.gather(job('a', 2), job('b', 1), job('c', 0)), loop.time())
    print(await asyncio.gather())
    r = await asyncio.gather(job('d', 1, True), job('e', 2), return_exceptions=True)
    print(r, loop.time())
    try:
        await asyncio.gather(job('f', 1, True), job('g', 2))
    except ValueError as e:
        print('gather raised', repr(e), loop.time())
    await asyncio.sleep(1.5)
    print('g kept running', loop.time())

    g = asyncio.gather(job('h', 1), job('i', 2))
    await asyncio.sleep(0.5)
    print('cancel gather ->', g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', repr(e), g.cancelled(), g.done())

    t = asyncio.create_task(job('j', 1))
    g2 = asyncio.gather(t, job('k', 2), return_exceptions=True)
    await asyncio.sleep(0.5)
    t.cancel()
    print(await g2, g2.cancelled())

    t = asyncio.create_task(job('l', 1))
    g3 = asyncio.gather(t, job('m', 2))
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await g3
    except asyncio.CancelledError as e:
        print('g3 raised', repr(e), g3.cancelled())
    await asyncio.sleep(2)

    same = job('same', 0)
    print(await asyncio.gather(same, same))
    fut = loop.create_future()
    fut.set_result('ready')
    print(await asyncio.gather(fut, fut, job('n', 0)))

    inner = asyncio.create_task(job('shielded', 2))
    outer = asyncio.shield(inner)

    async def waiter():
        try:
            return await outer
        except asyncio.CancelledError:
            print('waiter cancelled, inner done?', inner.done())
            raise
    w = asyncio.create_task(waiter())
    await asyncio.sleep(1)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print('outer cancelled?', outer.cancelled(), 'inner', inner.done())
    print(await inner, loop.time())
    done = loop.create_future()
    done.set_result(7)
    print(asyncio.shield(done) is done)
    print(await asyncio.shield(job('o', 0)))
    failing = asyncio.shield(job('p', 0, True))
    try:
        await failing
    except ValueError as e:
        print('shield passes the exception', repr(e))


asyncio.run(main())
