import asyncio


async def job(name, d, fail=None):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print(name, 'cancelled at', asyncio.get_running_loop().time())
        raise
    if fail:
        raise fail
    print(name, 'done')
    return name


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job('a', 1))
        t2 = tg.create_task(job('b', 2), name='bee')
        print('inside', t2.get_name())
    print('after', t1.result(), t2.result(), loop.time())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('c', 1, ValueError('c failed')))
            tg.create_task(job('d', 2))
            tg.create_task(job('e', 3, KeyError('e')))
            await asyncio.sleep(5)
            print('not reached')
    except* ValueError as eg:
        print('ValueError group', repr(eg), eg.exceptions)
    except* KeyError as eg:
        print('KeyError group', repr(eg))
    print(loop.time())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('f', 1, ValueError('f')))
            tg.create_task(job('g', 1, TypeError('g')))
    except ExceptionGroup as eg:
        print(repr(eg), [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('h', 5))
            raise RuntimeError('body failed')
    except* RuntimeError as eg:
        print('body error', repr(eg))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('i', 0.5, asyncio.CancelledError()))
            tg.create_task(job('j', 1))
        print('a child raising CancelledError does not fail the group')
    except BaseException as e:
        print('raised', repr(e))

    tg = asyncio.TaskGroup()
    print(repr(tg))
    k = job('k', 0)
    try:
        tg.create_task(k)
    except RuntimeError as e:
        print('RuntimeError:', e)
    k.close()
    async with tg:
        print(repr(tg))
    c = job('l', 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()

    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('m', 5))
            tg.create_task(job('n', 5))
    p = asyncio.create_task(parent())
    await asyncio.sleep(1)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print('parent cancelled', loop.time())

    async with asyncio.TaskGroup() as tg:
        tg.create_task(job('o', 1, ValueError('uncaught o')))
        tg.create_task(job('p', 2))


asyncio.run(main())
