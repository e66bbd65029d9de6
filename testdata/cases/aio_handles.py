import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


def cb(x):
    print('cb', x, loop.time())


def killer(h):
    print('killer cancels', h)
    h.cancel()


h1 = loop.call_soon(cb, 1)
h2 = loop.call_soon(cb, 2)
h3 = loop.call_soon(killer, h2)
print(h1)
print(h2, h2.cancelled())
t1 = loop.call_later(2, cb, 't2')
t2 = loop.call_at(1001.0, cb, 't1')
t3 = loop.call_later(3, cb, 't3')
print(t1)
print(t2, t2.when(), t2.cancelled())
t3.cancel()
print(t3, t3.cancelled())
t3.cancel()
print(repr(t3))
h4 = loop.call_soon(print, 'builtin', 'args')
print(h4)
print(loop.call_soon(lambda: print('lambda')))
loop.call_later(2.5, loop.stop)
loop.run_forever()
print(h2, h2.cancelled(), h1.cancelled())
print(t1)
print(t1 < t3, t1 == t1, t2 < t1)
t1.cancel()
print(t1)


class K:
    def meth(self, v):
        print('meth', v)


print(loop.call_soon(K().meth, 5))
import functools
print(loop.call_soon(functools.partial(cb, 'p')))
loop.call_soon(loop.stop)
loop.run_forever()
print(loop.call_later(0, cb, 'x').when())
loop.close()
