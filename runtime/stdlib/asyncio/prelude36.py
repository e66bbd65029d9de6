# The Python 3.6 profile's asyncio, as CPython 3.6's Lib/asyncio/tasks.py
# writes it. This file runs after prelude.py (in the same namespace) when a
# session selects Python 3.6, and replaces what 3.6 did differently:
#
# - every function takes an optional loop= and falls back on
#   get_event_loop() (get_running_loop() is 3.7);
# - sleep() tests `delay == 0` and schedules through call_later, so a
#   non-number fails inside call_later's `self.time() + delay`;
# - wait() wraps coroutines in tasks instead of refusing them;
# - wait_for() raises TimeoutError as soon as it cancels the inner future
#   (3.7 waits for the cancellation to finish first);
# - gather() reports a cancelled child as a fresh CancelledError(), and its
#   cancel() takes no message;
# - the locks and queues accept loop=.
#
# Where CPython 3.6 iterates a set of coroutines or futures (whose order
# follows memory addresses) we keep the order of the arguments, as
# prelude.py does.


async def sleep(delay, result=None, *, loop=None):
    if delay == 0:
        await _sleep0()
        return result
    if loop is None:
        loop = get_event_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


async def wait(fs, *, loop=None, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect a list of futures, not %s' % type(fs).__name__)
    if not fs:
        raise ValueError('Set of coroutines/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: {}'.format(return_when))
    if loop is None:
        loop = get_event_loop()
    fs = {ensure_future(f, loop=loop) for f in _unique(fs)}
    return await _wait(fs, timeout, return_when, loop)


def _unique(items):
    seen = []
    for x in items:
        if not any(x is y for y in seen):
            seen.append(x)
    return seen


async def wait_for(fut, timeout, *, loop=None):
    if loop is None:
        loop = get_event_loop()
    if timeout is None:
        return await fut
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            fut.remove_done_callback(cb)
            fut.cancel()
            raise
        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            fut.cancel()
            raise TimeoutError()
    finally:
        timeout_handle.cancel()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop=None):
        super().__init__(loop=loop)
        self._children = children

    def cancel(self):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel():
                ret = True
        return ret


def gather(*coros_or_futures, loop=None, return_exceptions=False):
    if not coros_or_futures:
        if loop is None:
            loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    arg_to_fut = {}
    for arg in coros_or_futures:
        if arg in arg_to_fut:
            continue
        if not isfuture(arg):
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            fut._log_destroy_pending = False
        else:
            fut = arg
            if loop is None:
                loop = fut.get_loop()
            elif fut.get_loop() is not loop:
                raise ValueError("futures are tied to different event loops")
        arg_to_fut[arg] = fut

    children = [arg_to_fut[arg] for arg in coros_or_futures]
    nchildren = len(children)
    outer = _GatheringFuture(children, loop=loop)
    nfinished = 0
    results = [None] * nchildren

    def _done_callback(i, fut):
        nonlocal nfinished
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if fut.cancelled():
            res = CancelledError()
            if not return_exceptions:
                outer.set_exception(res)
                return
        elif fut.exception() is not None:
            res = fut.exception()
            if not return_exceptions:
                outer.set_exception(res)
                return
        else:
            res = fut.result()
        results[i] = res
        nfinished += 1
        if nfinished == nchildren:
            outer.set_result(results)

    for i, fut in enumerate(children):
        fut.add_done_callback(_gather_callback(_done_callback, i))
    return outer


def _gather_callback(fn, i):
    # functools.partial(_done_callback, i) in CPython.
    return lambda fut: fn(i, fut)


def shield(arg, *, loop=None):
    inner = ensure_future(arg, loop=loop)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    inner.add_done_callback(_done_callback)
    return outer


_as_completed = as_completed


def as_completed(fs, *, loop=None, timeout=None):
    yield from _as_completed(fs, timeout=timeout)


def _accept_loop(cls):
    # 3.6's locks and queues take a keyword-only loop= (removed in 3.10).
    init = cls.__init__

    def __init__(self, *args, loop=None, **kwargs):
        init(self, *args, **kwargs)

    cls.__init__ = __init__


for _cls in (Lock, Event, Condition, Semaphore, BoundedSemaphore, Queue):
    _accept_loop(_cls)
del _cls


def coroutine(func):
    """Decorator to mark generator-based coroutines (asyncio.coroutine of
    Python 3.4-3.10): a generator function becomes a coroutine whose body
    uses `yield from`; any other function is wrapped in one that waits for
    what it returns when that is a future or a coroutine."""
    import types
    if iscoroutinefunction(func):
        return func
    if types._iterable_coroutine(func):
        wrapper = func
    else:
        import functools

        @functools.wraps(func)
        def coro(*args, **kw):
            res = func(*args, **kw)
            if isfuture(res) or iscoroutine(res):
                res = yield from res
            return res

        types._iterable_coroutine(coro)
        wrapper = coro
    wrapper._is_coroutine = _is_coroutine
    return wrapper
