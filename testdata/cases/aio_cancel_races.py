import asyncio

log = []


async def sleeper(name, d):
    try:
        await asyncio.sleep(d)
        print(name, 'completed its sleep')
        return name
    except asyncio.CancelledError:
        print(name, 'got CancelledError')
        raise


async def canceller(target, d):
    await asyncio.sleep(d)
    print('canceller: target done?', target.done(), '->', target.cancel())


async def main():
    loop = asyncio.get_running_loop()
    # Both timers fire in the same iteration; the canceller's step runs
    # first, while the target's wakeup is already queued: the target is
    # cancelled although its sleep completed.
    holder = {}

    async def early():
        await asyncio.sleep(1)
        print('early: target done?', holder['t'].done(), '->', holder['t'].cancel())

    e = asyncio.create_task(early())
    holder['t'] = t = asyncio.create_task(sleeper('target', 1))
    await asyncio.gather(e, return_exceptions=True)
    await asyncio.sleep(0)
    print(t, t.cancelled())

    # The target finishes first: cancel() then returns False.
    t2 = asyncio.create_task(sleeper('t2', 1))
    c2 = asyncio.create_task(canceller(t2, 1))
    await asyncio.gather(t2, c2)
    print(t2)

    # Cancel a task whose result is set but not yet consumed by its awaiter.
    fut = loop.create_future()

    async def await_fut():
        try:
            v = await fut
            print('await_fut got', v)
        except asyncio.CancelledError:
            print('await_fut cancelled after result was set')
            raise
    t3 = asyncio.create_task(await_fut())
    await asyncio.sleep(0)
    fut.set_result('value')
    print('cancel t3 ->', t3.cancel(), fut)
    await asyncio.gather(t3, return_exceptions=True)
    print(t3.cancelled(), fut.result())

    # Double cancel with different messages: the first message reaches the coroutine.
    t4 = asyncio.create_task(sleeper('t4', 5))
    await asyncio.sleep(0)
    print(t4.cancel('one'), t4.cancel('two'), t4.cancelling())
    try:
        await t4
    except asyncio.CancelledError as e:
        print('t4:', repr(e))

    # Cancel during wait_for: the inner task is cancelled too.
    inner = asyncio.create_task(sleeper('inner', 10))

    async def wf():
        try:
            return await asyncio.wait_for(inner, 5)
        except asyncio.CancelledError:
            print('wf cancelled, inner cancelled?', inner.cancelled(), inner.done())
            raise
    w = asyncio.create_task(wf())
    await asyncio.sleep(1)
    w.cancel()
    r = await asyncio.gather(w, return_exceptions=True)
    print(r, inner.cancelled(), loop.time())

    # A task that completes and is cancelled in the same iteration.
    t5 = asyncio.create_task(sleeper('t5', 0))
    loop.call_soon(t5.cancel)
    r = await asyncio.gather(t5, return_exceptions=True)
    print('t5', r)


asyncio.run(main())
