import asyncio


async def stubborn(name):
    for i in range(3):
        try:
            await asyncio.sleep(1)
            print(name, 'slept', i)
        except asyncio.CancelledError as e:
            print(name, 'caught', repr(e), 'cancelling =', asyncio.current_task().cancelling())
            print(name, 'uncancel ->', asyncio.current_task().uncancel())
    return name + ' finished'


async def never_started():
    print('body never runs')


async def main():
    t = asyncio.create_task(stubborn('s'))
    await asyncio.sleep(0.5)
    print('cancel 1:', t.cancel('first'), t.cancelling())
    print('cancel 2:', t.cancel('second'), t.cancelling())
    print(t.cancelled(), t.done())
    await asyncio.sleep(1)
    print(t.cancel(), t.cancelling())
    print(await t, t.cancelled(), t.cancelling())
    print('cancel finished:', t.cancel(), t.cancelling())

    n = asyncio.create_task(never_started())
    print('cancel before start:', n.cancel(), n.cancelled())
    await asyncio.sleep(0)
    print(n.cancelled(), n)
    try:
        await n
    except asyncio.CancelledError as e:
        print('awaiting cancelled task:', repr(e))

    m = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    m.cancel('with message')
    try:
        await m
    except asyncio.CancelledError as e:
        print('first await:', repr(e), e.args)
    for meth in (m.result, m.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print('later', meth.__name__, repr(e))
    try:
        await m
    except asyncio.CancelledError as e:
        print('second await:', repr(e))

    me = asyncio.current_task()
    print('self cancel:', me.cancel('self'), me.cancelling())
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print('main caught', repr(e), me.cancelling())
        print('uncancel', me.uncancel(), me.uncancel())
    print('main continues', asyncio.get_running_loop().time())


asyncio.run(main())
