import asyncio


async def boom(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def pending_forever():
    await asyncio.Event().wait()


async def local_holder():
    t = asyncio.create_task(boom('held in a local'))
    await asyncio.sleep(0.1)
    print('local_holder returns; t done?', t.done())


async def main():
    asyncio.create_task(boom('fire and forget'))
    await asyncio.sleep(1)
    print('after fire and forget')
    t = asyncio.create_task(boom('retrieved'))
    await asyncio.sleep(1)
    print('retrieved:', repr(t.exception()))
    del t
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(RuntimeError('future'))
    f = None
    await asyncio.sleep(0)
    print('after future')
    f = loop.create_future()
    f.set_exception(RuntimeError('cancelled later'))
    f.cancel()
    del f
    print('end of main')


asyncio.run(main())
loop = asyncio.new_event_loop()
g = loop.create_task(boom('global at exit'))
loop.run_until_complete(asyncio.sleep(1))
print('end of script')
