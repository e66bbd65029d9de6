import asyncio


async def boom(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def local_holder():
    t = asyncio.create_task(boom('held in a local'))
    await asyncio.sleep(0.1)
    print('local_holder returns; t done?', t.done())


async def main():
    await local_holder()
    print('after local_holder')
    t = asyncio.create_task(boom('deleted'))
    await asyncio.sleep(1)
    print('deleting t')
    del t
    print('deleted')
    f = asyncio.get_running_loop().create_future()
    f.set_exception(RuntimeError('future'))
    f = 'rebound'
    print('after rebinding f')


asyncio.run(main())
