import asyncio


async def sleeper(d):
    await asyncio.sleep(d)
    return d


async def on_future(fut):
    return await fut


async def on_task(t):
    return await t


async def catcher():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return 'caught'


async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.current_task())
    t1 = asyncio.create_task(sleeper(1))
    print(t1)
    await asyncio.sleep(0)
    print(t1)
    fut = loop.create_future()
    t2 = asyncio.create_task(on_future(fut))
    t3 = asyncio.create_task(on_task(t1))
    await asyncio.sleep(0)
    print(t2)
    print(t3)
    print(fut)
    fut.set_result('x')
    print(t2)
    await asyncio.sleep(0)
    print(t2)
    t4 = asyncio.create_task(sleeper(5))
    t4.cancel()
    print(t4, t4.cancelled())
    await asyncio.sleep(0)
    print(t4, t4.cancelled())
    t5 = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    t5.cancel('why')
    print(t5)
    await asyncio.sleep(0)
    print(t5)
    await t3
    print(t1)
    print(t3)
    t6 = asyncio.create_task(sleeper('a'))
    await asyncio.sleep(0)
    print(t6)
    t6.exception()
    t7 = asyncio.create_task(sleeper(1), name='long name ' * 3)
    print(t7)
    await t7
    print(t7)
    t8 = asyncio.create_task(sleeper(0.5))
    t8.add_done_callback(print)
    print(t8)
    await asyncio.sleep(1)


asyncio.run(main())
