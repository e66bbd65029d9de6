import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


def bad(n):
    print('bad', n)
    raise ValueError(f'bad {n}')


def good():
    print('good still runs')


loop.call_soon(bad, 1)
loop.call_soon(good)
loop.call_later(1, bad, 2)
loop.call_later(1, good)
loop.call_later(2, loop.stop)
loop.run_forever()
print('handler is', loop.get_exception_handler())

loop.call_exception_handler({'message': 'just a message'})
loop.call_exception_handler({'message': 'with exception', 'exception': KeyError('k')})
fut = loop.create_future()
loop.call_exception_handler({'message': 'with future', 'future': fut, 'extra': 42})
loop.call_exception_handler({})


def custom(lp, context):
    print('custom handler:', lp is loop, sorted(context))
    print('  message:', context.get('message'))
    print('  exception:', repr(context.get('exception')))
    if 'handle' in context:
        print('  handle:', context['handle'])
    lp.default_exception_handler(context)


loop.set_exception_handler(custom)
print(loop.get_exception_handler() is custom)
loop.call_soon(bad, 3)
loop.call_soon(loop.stop)
loop.run_forever()


def failing_handler(lp, context):
    raise RuntimeError('handler broke')


loop.set_exception_handler(failing_handler)
loop.call_soon(bad, 4)
loop.call_soon(loop.stop)
loop.run_forever()
loop.set_exception_handler(None)
try:
    loop.set_exception_handler(5)
except TypeError as e:
    print('TypeError:', e)


async def boom():
    raise OSError('in task')


def done_cb(f):
    print('done_cb sees', repr(f.exception()))
    raise ZeroDivisionError('in done callback')


t = loop.create_task(boom())
t.add_done_callback(done_cb)
loop.run_until_complete(asyncio.sleep(0.1))
print('end', t.done())
loop.close()
