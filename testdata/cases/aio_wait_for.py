import asyncio


async def slow(d, result):
    try:
        await asyncio.sleep(d)
        return result
    except asyncio.CancelledError:
        print('slow', result, 'cancelled at', asyncio.get_running_loop().time())
        raise


async def suppressor():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('suppressor swallows the cancellation')
        await asyncio.sleep(0.5)
        return 'suppressed'


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(slow(1, 'fast enough'), 2), loop.time())
    try:
        await asyncio.wait_for(slow(5, 'too slow'), 1.5)
    except asyncio.TimeoutError as e:
        print('TimeoutError', repr(e), type(e) is TimeoutError, loop.time())
        print('cause:', repr(e.__cause__))
    print(await asyncio.wait_for(slow(1, 'no timeout'), None), loop.time())
    print(await asyncio.wait_for(suppressor(), 1), loop.time())
    try:
        await asyncio.wait_for(slow(1, 'zero'), 0)
    except asyncio.TimeoutError:
        print('timeout 0', loop.time())
    fut = loop.create_future()
    fut.set_result('done already')
    print(await asyncio.wait_for(fut, 0))
    t = asyncio.create_task(slow(3, 'task'))
    try:
        await asyncio.wait_for(t, 1)
    except asyncio.TimeoutError:
        print('task cancelled?', t.cancelled(), loop.time())
    shielded = asyncio.create_task(slow(2, 'shielded'))
    try:
        await asyncio.wait_for(asyncio.shield(shielded), 1)
    except asyncio.TimeoutError:
        print('shielded survives', shielded.done())
    print(await shielded, loop.time())
    try:
        await asyncio.wait_for(slow(1, 'boom'), -1)
    except asyncio.TimeoutError:
        print('negative timeout')


asyncio.run(main())
