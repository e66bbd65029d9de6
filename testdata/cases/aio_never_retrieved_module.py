import asyncio


async def boom():
    raise ValueError('module level')


loop = asyncio.new_event_loop()
t = loop.create_task(boom())
loop.run_until_complete(asyncio.sleep(0.5))
print('before del')
del t
print('after del')
f = loop.create_future()
f.set_exception(KeyError('k'))
f = None
print('after rebinding')
loop.close()
print('closed')
