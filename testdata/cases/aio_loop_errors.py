import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


async def inner():
    c = asyncio.sleep(0)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        loop.close()
    except RuntimeError as e:
        print('RuntimeError:', e)
    print('running', loop.is_running(), asyncio.get_running_loop() is loop)
    print('get_event_loop', asyncio.get_event_loop() is loop)
    return 'inner done'


print(loop.run_until_complete(inner()))
fut = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(fut)
except RuntimeError as e:
    print('RuntimeError:', e)
print(fut)
fut.cancel()
try:
    loop.run_until_complete(fut)
except asyncio.CancelledError as e:
    print('CancelledError', repr(e))
f2 = loop.create_future()
loop.call_later(2, f2.set_result, 'value')
print(loop.run_until_complete(f2), loop.time())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
loop.close()
c1, c2 = inner(), asyncio.sleep(0)
for name, call in [('call_soon', lambda: loop.call_soon(print)),
                   ('call_later', lambda: loop.call_later(1, print)),
                   ('run_forever', loop.run_forever),
                   ('create_task', lambda: loop.create_task(c1)),
                   ('run_until_complete', lambda: loop.run_until_complete(c2))]:
    try:
        call()
    except RuntimeError as e:
        print(name, 'RuntimeError:', e)
c1.close()
c2.close()
loop2 = asyncio.new_event_loop()
print(loop2 is loop, loop2.is_closed(), loop2.is_running())
try:
    loop2.call_soon(42)
except TypeError as e:
    print('TypeError:', e)
async def coro_fn():
    pass
try:
    loop2.call_soon(coro_fn)
except TypeError as e:
    print('TypeError:', e)
try:
    loop2.call_at(None, print)
except TypeError as e:
    print('TypeError:', e)
loop2.close()
