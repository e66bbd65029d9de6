import asyncio
class Resource:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print('enter', self.name)
        await asyncio.sleep(0.1)
        return self
    async def __aexit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        return et is KeyError
class Ticker:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0.5)
        return self.i
class Waitable:
    def __await__(self):
        yield from asyncio.sleep(0.2).__await__()
        return 'waited'
async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)
async def main():
    async with Resource('r1') as r:
        print('inside', r.name)
    async with Resource('r2'):
        raise KeyError('swallowed')
    print('after swallow')
    async for t in Ticker(3):
        print('tick', t, asyncio.get_running_loop().time())
    print(await Waitable())
    print([x async for x in agen(4)], [x * 2 async for x in agen(3) if x])
    print({x: x async for x in agen(2)})
    g = agen(2)
    print(await g.__anext__(), await anext(g), await anext(g, 'done'))
    async with Resource('a') as a, Resource('b') as b:
        print(a.name, b.name)
    try:
        async with Resource('r3'):
            raise ValueError('propagates')
    except ValueError as e:
        print('caught', e)
    r = await asyncio.gather(*(asyncio.sleep(0.1, result=i) for i in range(3)))
    print(r)
asyncio.run(main())
