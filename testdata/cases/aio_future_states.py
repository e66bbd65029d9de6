import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


def cb(name):
    def inner(f):
        print('callback', name, f)
    inner.__qualname__ = 'cb_' + name
    return inner


f = loop.create_future()
print(f, f.done(), f.cancelled(), asyncio.isfuture(f), f.get_loop() is loop)
for meth in (f.result, f.exception):
    try:
        meth()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
a, b, c = cb('a'), cb('b'), cb('c')
f.add_done_callback(a)
f.add_done_callback(b)
f.add_done_callback(a)
f.add_done_callback(c)
print(f)
print('removed', f.remove_done_callback(a), f.remove_done_callback(a))
f.set_result(42)
print('set_result returned; callbacks not yet run', f)
for bad in (lambda: f.set_result(1), lambda: f.set_exception(ValueError()), ):
    try:
        bad()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
print(f.cancel(), f.result(), f.exception())
f.add_done_callback(cb('late'))
loop.run_until_complete(asyncio.sleep(0))
print('---')
g = loop.create_future()
g.set_exception(ValueError('bad value'))
print(g, repr(g.exception()))
try:
    g.result()
except ValueError as e:
    print('result raised', repr(e))
h = loop.create_future()
h.set_exception(KeyError)
print(h, repr(h.exception()))
for exc in (StopIteration('x'), StopIteration, 'not an exception'):
    try:
        loop.create_future().set_exception(exc)
    except TypeError as e:
        print('TypeError:', e)
print('---')
c1 = loop.create_future()
c1.add_done_callback(cb('cancelled'))
print(c1.cancel('the reason'), c1.cancel(), c1.cancelled(), c1.done())
print(c1)
for meth in (c1.result, c1.exception):
    try:
        meth()
    except asyncio.CancelledError as e:
        print('CancelledError', repr(e), e.args)
try:
    c1.set_result(1)
except asyncio.InvalidStateError as e:
    print('InvalidStateError', e)
loop.run_until_complete(asyncio.sleep(0))


async def waiter(fut):
    print('waiting for', fut)
    v = await fut
    print('got', v)
    return v * 2


fut = loop.create_future()
t = loop.create_task(waiter(fut))
loop.call_later(1, fut.set_result, 21)
print(loop.run_until_complete(t), loop.time())
print(fut, t)
it = loop.create_future()
gen = it.__await__()
print(next(gen) is it)
it.set_result('r')
try:
    next(gen)
except StopIteration as e:
    print('StopIteration', e.value)
loop.close()
