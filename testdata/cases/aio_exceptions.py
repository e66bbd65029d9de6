import asyncio
import concurrent.futures


for name in ('CancelledError', 'TimeoutError', 'InvalidStateError', 'IncompleteReadError',
             'LimitOverrunError', 'QueueEmpty', 'QueueFull', 'SendfileNotAvailableError',
             'BrokenBarrierError'):
    cls = getattr(asyncio, name, None)
    if cls is None:
        print(name, 'missing')
        continue
    print(name, cls.__module__, [c.__name__ for c in cls.__mro__[1:]])
print(asyncio.TimeoutError is TimeoutError)
print(asyncio.CancelledError is concurrent.futures.CancelledError)
print(concurrent.futures.TimeoutError is TimeoutError)
print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
print(repr(asyncio.CancelledError('m')), str(asyncio.CancelledError('m')))
print(repr(asyncio.InvalidStateError('bad')))
print(asyncio.iscoroutinefunction(asyncio.sleep), asyncio.iscoroutinefunction(print))


async def coro_fn():
    return 1


def gen_fn():
    yield 1


c = coro_fn()
print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(gen_fn))
print(asyncio.iscoroutine(gen_fn()), asyncio.iscoroutine(coro_fn), asyncio.iscoroutine(1))
c.close()
print(asyncio.isfuture(1), asyncio.isfuture(asyncio.Future))


async def main():
    try:
        raise asyncio.CancelledError('explicit')
    except asyncio.CancelledError as e:
        print('caught', repr(e))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.5)
    except concurrent.futures.TimeoutError as e:
        print('concurrent.futures.TimeoutError caught', type(e).__name__)
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except concurrent.futures.CancelledError:
        print('concurrent.futures.CancelledError caught')
    except asyncio.CancelledError:
        print('only asyncio.CancelledError caught')
    try:
        raise asyncio.InvalidStateError('x')
    except Exception as e:
        print(type(e).__qualname__)
    f = asyncio.get_running_loop().create_future()
    f.cancel()
    await f


asyncio.run(main())
