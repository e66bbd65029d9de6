import asyncio
async def ticker(n):
    try:
        for i in range(n):
            received = yield i
            if received:
                print('got', received)
            await asyncio.sleep(0.1)
    except GeneratorExit:
        print('ticker closed')
        raise
    finally:
        print('ticker finally')
async def main():
    async for v in ticker(3):
        print('tick', v)
    g = ticker(5)
    print(await g.__anext__())
    print(await g.asend('hello'))
    try:
        await g.athrow(ValueError('boom'))
    except ValueError as e:
        print('athrow raised', e)
    g2 = ticker(5)
    await g2.__anext__()
    await g2.aclose()
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print('exhausted after close')
    async def agen():
        yield 1
        yield 2
    print([x async for x in agen()])
    ag = agen()
    print(type(ag).__name__, ag.__name__, ag.__qualname__)
    print(await anext(ag), await anext(ag), await anext(ag, 'end'))
    async def fails():
        yield 1
        raise RuntimeError('inside agen')
    try:
        async for x in fails():
            print('x', x)
    except RuntimeError as e:
        print('caught', e)
asyncio.run(main())
