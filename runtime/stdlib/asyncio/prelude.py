# The parts of asyncio written in Python, as CPython writes them: they run
# on aioplay's VM above the Go core (Future, Task, the event loop).
# Frames from this file are library frames: tracebacks drop them.
#
# A trailing `#@FILE:N` on a def line, or `#@N` on a line in its body, gives
# the place of the same definition or statement in CPython's asyncio package
# (FILE under /usr/lib/python3.11/asyncio): reprs of library coroutines
# ("running at .../tasks.py:649", "defined at ...") and callbacks then name
# CPython's lines (see relocate in libsource.go).

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _set_result_unless_cancelled(fut, result):  #@futures.py:311
    if fut.cancelled():
        return  #@314
    fut.set_result(result)


async def sleep(delay, result=None):  #@tasks.py:637
    if delay <= 0:
        await _sleep0()  #@640
        return result  #@641
    # get_running_loop(), loop.create_future() and loop.call_later(delay,
    # _set_result_unless_cancelled, future, result), in one Go call:
    future, h = _sleep_timer(delay, result)
    try:
        return await future  #@649
    finally:
        h.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):  #@tasks.py:399
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")  #@416
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')  #@418
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')  #@420
    loop = get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise _hold_coroutines(TypeError("Passing coroutines is forbidden, use tasks explicitly."), fs)  #@425
    return await _wait(fs, timeout, return_when, loop)  #@428


def _release_waiter(waiter, *args):  #@tasks.py:431
    if not waiter.done():
        waiter.set_result(None)


async def _wait(fs, timeout, return_when, loop):  #@tasks.py:507
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):  #@tasks.py:519
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
            return_when == FIRST_COMPLETED or
            return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter  #@535
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending  #@548


def _cancel_and_wait_cb(fut, waiter):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):  #@tasks.py:436
    loop = get_running_loop()
    if timeout is None:
        return await fut  #@452
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()  #@458
        await _cancel_and_wait(fut, loop=loop)  #@460
        try:
            return fut.result()  #@462
        except CancelledError as exc:
            raise TimeoutError() from exc  #@464
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter  #@476
        except CancelledError:
            if fut.done():
                return fut.result()  #@479
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut, loop=loop)  #@485
                raise  #@486
        if fut.done():
            return fut.result()  #@489
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)  #@495
            try:
                return fut.result()  #@500
            except CancelledError as exc:
                raise TimeoutError() from exc  #@502
    finally:
        timeout_handle.cancel()


async def _cancel_and_wait(fut, loop):  #@tasks.py:551
    waiter = loop.create_future()
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter  #@562
    finally:
        fut.remove_done_callback(cb)


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):  #@tasks.py:707
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):  #@tasks.py:713
        if self.done():
            return False  #@715
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret  #@725


def gather(*coros_or_futures, return_exceptions=False):  #@tasks.py:728
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer  #@762

    def _done_callback(fut):  #@tasks.py:764
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return  #@772
        if not return_exceptions:
            if fut.cancelled():
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return  #@781
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return  #@786
        if nfinished == nfuts:
            results = []
            for fut in children:
                if fut.cancelled():
                    res = CancelledError('' if fut._cancel_message is None else fut._cancel_message)
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)
            if outer._cancel_requested:
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer  #@848


def shield(arg):  #@tasks.py:851
    inner = ensure_future(arg)
    if inner.done():
        return inner  #@887
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):  #@tasks.py:891
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return  #@896
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):  #@tasks.py:908
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer  #@914


class Runner:
    """asyncio.Runner (runners.py): a loop for several run() calls."""

    def __init__(self, *, debug=None, loop_factory=None):  #@runners.py:49
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):  #@runners.py:58
        self._lazy_init()
        return self  #@60

    def __exit__(self, exc_type, exc_val, exc_tb):  #@runners.py:62
        self.close()

    def close(self):  #@runners.py:65
        if self._state != 'initialized':
            return  #@68
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(_shutdown_default_executor(loop))
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):  #@runners.py:81
        self._lazy_init()
        return self._loop  #@84

    def run(self, coro, *, context=None):  #@runners.py:86
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)  #@100
        interrupted = [False]

        def on_sigint():
            interrupted[0] = True
            if not task.done():
                task.cancel()
                return True
            return False

        _set_sigint_hook(on_sigint)
        try:
            return self._loop.run_until_complete(task)  #@118
        except CancelledError:
            if interrupted[0]:
                raise KeyboardInterrupt()
            raise
        except (SystemExit, KeyboardInterrupt):
            # Raised by the main task itself: CPython never reports it as
            # "Task exception was never retrieved" (the process is ending).
            if task.done() and not task.cancelled():
                task.exception()
            raise
        finally:
            _set_sigint_hook(None)

    def _lazy_init(self):  #@runners.py:131
        if self._state == 'closed':
            raise RuntimeError("Runner is closed")  #@133
        if self._state == 'initialized':
            return  #@135
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'initialized'


# The loops' default executors (run_in_executor(None, ...)), False once
# shut down. Executors run their work inline (see the threading module).
_default_executors = {}


async def _shutdown_default_executor(loop):  #@base_events.py:564
    ex = _default_executors.get(loop)
    _default_executors[loop] = False
    if ex:
        ex.shutdown()
        await sleep(0)  #@573


def _loop_shutdown_default_executor(self):
    return _shutdown_default_executor(self)


def _loop_run_in_executor(self, executor, func, *args):  #@base_events.py:815
    if self.is_closed():
        raise RuntimeError('Event loop is closed')  #@519
    if executor is None:
        executor = _default_executors.get(self)
        if executor is False:
            raise RuntimeError('Executor shutdown has been called')  #@523
        if executor is None:
            import concurrent.futures
            executor = _default_executors[self] = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
    return wrap_future(executor.submit(func, *args), loop=self)  #@828


def _loop_set_default_executor(self, executor):  #@base_events.py:831
    _default_executors[self] = executor


def wrap_future(future, *, loop=None):  #@futures.py:409
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    new = loop.create_future()

    def _set_state(f):  #@futures.py:381
        if new.cancelled():
            return
        if f.cancelled():
            new.cancel()
        elif f.exception() is not None:
            new.set_exception(f.exception())
        else:
            new.set_result(f.result())
    future.add_done_callback(lambda f: loop.is_closed() or loop.call_soon_threadsafe(_set_state, f))
    return new


def run(main, *, debug=None):  #@runners.py:160
    if _get_running_loop() is not None:
        raise _hold_coroutines(RuntimeError("asyncio.run() cannot be called from a running event loop"), main)  #@186
    with Runner(debug=debug) as runner:
        return runner.run(main)  #@190


def _cancel_all_tasks(loop):  #@runners.py:193
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return  #@196
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


# --- synchronisation primitives (asyncio.locks) ---

class _LockContext:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _wake_first_pending(waiters):
    for fut in waiters:
        if not fut.done():
            fut.set_result(True)
            return


class Lock(_LockContext):
    def __init__(self):  #@locks.py:78
        self._waiters = None
        self._locked = False

    def __repr__(self):  #@locks.py:82
        state = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Lock object at {id(self):#x} [{state}]>'  #@87

    def locked(self):  #@locks.py:89
        return self._locked  #@91

    async def acquire(self):  #@locks.py:93
        if not self._locked and (self._waiters is None or
                                 all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True  #@102
        if self._waiters is None:
            self._waiters = []
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut  #@114
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise  #@120
        self._locked = True
        return True  #@123

    def release(self):  #@locks.py:125
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')  #@140
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):  #@locks.py:142
        if self._waiters:
            fut = self._waiters[0]
            if not fut.done():
                fut.set_result(True)


class Event:
    def __init__(self):  #@locks.py:167
        self._waiters = []
        self._value = False

    def __repr__(self):  #@locks.py:171
        state = 'set' if self._value else 'unset'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Event object at {id(self):#x} [{state}]>'  #@176

    def is_set(self):  #@locks.py:178
        return self._value  #@180

    def set(self):  #@locks.py:182
        if self._value:
            return
        self._value = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)

    def clear(self):  #@locks.py:194
        self._value = False

    async def wait(self):  #@locks.py:200
        if self._value:
            return True  #@208
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut  #@213
            return True  #@214
        finally:
            self._waiters.remove(fut)


class Condition(_LockContext):
    def __init__(self, lock=None):  #@locks.py:229
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):  #@locks.py:241
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Condition object at {id(self):#x} [{extra}]>'  #@245

    async def wait(self):  #@locks.py:248
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')  #@260
        self.release()
        try:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut  #@267
                return True  #@268
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock is taken back even when the wait was cancelled.
            was_cancelled = False
            while True:
                try:
                    await self.acquire()  #@277
                    break
                except CancelledError:
                    was_cancelled = True
            if was_cancelled:
                raise CancelledError  #@283

    async def wait_for(self, predicate):  #@locks.py:285
        result = predicate()
        while not result:
            await self.wait()  #@294
            result = predicate()
        return result  #@296

    def notify(self, n=1):  #@locks.py:298
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')  #@311
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):  #@locks.py:322
        self.notify(len(self._waiters))


class Semaphore(_LockContext):
    def __init__(self, value=1):  #@locks.py:346
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")  #@348
        self._waiters = None
        self._value = value

    def __repr__(self):  #@locks.py:352
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return f'<asyncio.locks.{type(self).__name__} object at {id(self):#x} [{state}]>'  #@357

    def locked(self):  #@locks.py:359
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))  #@361

    async def acquire(self):  #@locks.py:364
        if not self.locked():
            self._value -= 1
            return True  #@375
        if self._waiters is None:
            self._waiters = []
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut  #@387
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise  #@394
        if self._value > 0:
            self._wake_up_next()
        return True  #@398

    def release(self):  #@locks.py:400
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):  #@locks.py:409
        if not self._waiters:
            return  #@412
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return  #@418


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):  #@locks.py:428
        self._bound_value = value
        super().__init__(value)

    def release(self):  #@locks.py:432
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')  #@434
        super().release()


class Barrier:
    # The state is one of 'filling', 'draining', 'resetting', 'broken'
    # (the values of CPython's _BarrierState, which the repr shows).
    def __init__(self, parties):  #@locks.py:455
        if parties < 1:
            raise ValueError('parties must be > 0')  #@458
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0

    def __repr__(self):  #@locks.py:466
        extra = self._state
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<asyncio.locks.Barrier object at {id(self):#x} [{extra}]>'  #@471

    async def __aenter__(self):  #@locks.py:473
        return await self.wait()  #@476

    async def __aexit__(self, *args):  #@locks.py:478
        pass

    async def wait(self):  #@locks.py:481
        async with self._cond:  #@488
            await self._block()  #@489
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()  #@495
                else:
                    await self._wait()  #@497
                return index  #@498
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):  #@locks.py:504
        # Wait while the barrier drains or resets; fail if it is broken.
        await self._cond.wait_for(lambda: self._state not in ('draining', 'resetting'))  #@510
        if self._state == 'broken':
            raise BrokenBarrierError("Barrier aborted")  #@518

    async def _release(self):  #@locks.py:520
        self._state = 'draining'
        self._cond.notify_all()

    async def _wait(self):  #@locks.py:528
        await self._cond.wait_for(lambda: self._state != 'filling')  #@534
        if self._state in ('broken', 'resetting'):
            raise BrokenBarrierError("Abort or reset of barrier")  #@537

    def _exit(self):  #@locks.py:539
        # The last task out lets the tasks waiting for the drain in.
        if self._count == 0:
            if self._state in ('resetting', 'draining'):
                self._state = 'filling'
            self._cond.notify_all()

    async def reset(self):  #@locks.py:547
        async with self._cond:  #@553
            if self._count > 0:
                self._state = 'resetting'
            else:
                self._state = 'filling'
            self._cond.notify_all()

    async def abort(self):  #@locks.py:562
        async with self._cond:  #@568
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):  #@locks.py:573
        return self._parties

    @property
    def n_waiting(self):  #@locks.py:578
        return self._count if self._state == 'filling' else 0

    @property
    def broken(self):  #@locks.py:585
        return self._state == 'broken'


# --- queues (asyncio.queues) ---

class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    __module__ = 'asyncio.queues'


# --- the other exceptions of asyncio.exceptions (streams, sendfile, Barrier) ---

class IncompleteReadError(EOFError):
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):  #@exceptions.py:36
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of '
                         f'{r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):  #@exceptions.py:53
        super().__init__(message)
        self.consumed = consumed


class SendfileNotAvailableError(RuntimeError):
    __module__ = 'asyncio.exceptions'


class BrokenBarrierError(RuntimeError):
    __module__ = 'asyncio.exceptions'



def _wakeup_next(waiters):
    while waiters:
        waiter = waiters.pop(0)
        if not waiter.done():
            waiter.set_result(None)
            break


class Queue:
    def __init__(self, maxsize=0):  #@queues.py:33
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):  #@queues.py:47
        self._queue = []
        self._head = 0

    def _get(self):  #@queues.py:50
        item = self._queue[self._head]
        self._queue[self._head] = None
        self._head += 1
        if self._head > 64 and self._head * 2 > len(self._queue):
            del self._queue[:self._head]
            self._head = 0
        return item  #@51

    def _put(self, item):  #@queues.py:53
        self._queue.append(item)

    def _items(self):
        return self._queue[self._head:]

    def __repr__(self):  #@queues.py:66
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'  #@67

    def __str__(self):  #@queues.py:69
        return f'<{type(self).__name__} {self._format()}>'  #@70

    def _format(self):  #@queues.py:74
        result = f'maxsize={self._maxsize!r}'
        if self.qsize():
            result += f' _queue={self._items()!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result  #@84

    def qsize(self):  #@queues.py:86
        return len(self._queue) - self._head  #@88

    @property
    def maxsize(self):  #@queues.py:91
        return self._maxsize  #@93

    def empty(self):  #@queues.py:95
        return self.qsize() == 0  #@97

    def full(self):  #@queues.py:99
        if self._maxsize <= 0:
            return False  #@106
        return self.qsize() >= self._maxsize  #@108

    async def put(self, item):  #@queues.py:110
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter  #@120
            except:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    _wakeup_next(self._putters)
                raise  #@134
        return self.put_nowait(item)  #@135

    def put_nowait(self, item):  #@queues.py:137
        if self.full():
            raise QueueFull  #@143
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        _wakeup_next(self._getters)

    async def get(self):  #@queues.py:149
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter  #@158
            except:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    _wakeup_next(self._getters)
                raise  #@172
        return self.get_nowait()  #@173

    def get_nowait(self):  #@queues.py:175
        if self.empty():
            raise QueueEmpty  #@181
        item = self._get()
        _wakeup_next(self._putters)
        return item  #@184

    def task_done(self):  #@queues.py:186
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')  #@201
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):  #@queues.py:206
        if self._unfinished_tasks > 0:
            await self._finished.wait()  #@215


class PriorityQueue(Queue):
    def _init(self, maxsize):  #@queues.py:224
        self._queue = []
        self._head = 0

    def _put(self, item):  #@queues.py:227
        _heappush(self._queue, item)

    def _get(self):  #@queues.py:230
        return _heappop(self._queue)  #@231


class LifoQueue(Queue):
    def _init(self, maxsize):  #@queues.py:237
        self._queue = []
        self._head = 0

    def _get(self):  #@queues.py:243
        return self._queue.pop()  #@244


def _heappush(heap, item):
    heap.append(item)
    pos = len(heap) - 1
    while pos > 0:
        parent = (pos - 1) >> 1
        if heap[pos] < heap[parent]:
            heap[pos], heap[parent] = heap[parent], heap[pos]
            pos = parent
        else:
            break


def _heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    n = len(heap)
    pos = 0
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1] < heap[child]:
            child += 1
        if heap[child] < heap[pos]:
            heap[pos], heap[child] = heap[child], heap[pos]
            pos = child
        else:
            break
    return top


# --- structured concurrency (asyncio.taskgroups, asyncio.timeouts) ---

class TaskGroup:
    def __init__(self):  #@taskgroups.py:28
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):  #@taskgroups.py:40
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f'<TaskGroup{" ".join(info)}>'  #@52

    async def __aenter__(self):  #@taskgroups.py:54
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")  #@56
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')  #@62
        self._entered = True
        return self  #@66

    async def __aexit__(self, et, exc, tb):  #@taskgroups.py:68
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut  #@110
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error  #@129
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error  #@134
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None  #@145
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):  #@taskgroups.py:149
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")  #@155
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")  #@157
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")  #@159
        task = self._loop.create_task(coro, context=context)  #@161
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks.add(task)
        return task  #@167

    def _is_base_error(self, exc):  #@taskgroups.py:173
        return isinstance(exc, (SystemExit, KeyboardInterrupt))  #@175

    def _abort(self):  #@taskgroups.py:177
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):  #@taskgroups.py:184
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return  #@192
        exc = task.exception()
        if exc is None:
            return  #@196
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return  #@211
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


class Timeout:
    # states: created, active, expiring, expired, finished
    def __init__(self, when):  #@timeouts.py:33
        self._state = 'created'
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):  #@timeouts.py:46
        return self._when  #@48

    def reschedule(self, when):  #@timeouts.py:50
        if self._state != 'active':
            if self._state == 'created':
                raise RuntimeError("Timeout has not been entered")  #@54
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")  #@55
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):  #@timeouts.py:73
        return self._state in ('expiring', 'expired')  #@75

    def __repr__(self):  #@timeouts.py:77
        info = ['']
        if self._state == 'active':
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        return f"<Timeout [{self._state}]{' '.join(info)}>"  #@83

    async def __aenter__(self):  #@timeouts.py:85
        if self._state != 'created':
            raise RuntimeError("Timeout has already been entered")  #@87
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")  #@90
        self._state = 'active'
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self  #@95

    async def __aexit__(self, exc_type, exc_val, exc_tb):  #@timeouts.py:97
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val  #@115
        elif self._state == 'active':
            self._state = 'finished'
        return None  #@119

    def _on_timeout(self):  #@timeouts.py:121
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


def timeout(delay):  #@timeouts.py:129
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)  #@146


def timeout_at(when):  #@timeouts.py:149
    return Timeout(when)  #@168


def as_completed(fs, *, timeout=None):  #@tasks.py:568
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")  #@587
    done = Queue()
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():  #@tasks.py:596
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):  #@tasks.py:602
        if not todo:
            return  #@604
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():  #@tasks.py:610
        f = await done.get()  #@611
        if f is None:
            raise TimeoutError  #@614
        return f.result()  #@615

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()  #@622


async def to_thread(func, /, *args, **kwargs):  #@threads.py:12
    loop = get_running_loop()
    return await loop.run_in_executor(None, lambda: func(*args, **kwargs))  #@25


async def _shutdown_asyncgens(loop):
    gens = _take_asyncgens(loop)
    if not gens:
        return
    results = await gather(*[ag.aclose() for ag in gens], return_exceptions=True)
    for result, agen in zip(results, gens):
        if isinstance(result, Exception):
            loop.call_exception_handler({
                'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen,
            })


async def _wrap_awaitable(awaitable):  #@tasks.py:688
    return await awaitable  #@694


# asyncio.coroutines._is_coroutine: the mark of generator-based coroutines
# made by asyncio.coroutine (3.6), which iscoroutinefunction recognises.
_is_coroutine = object()


def default_exception_handler(context, logging):  #@base_events.py:1723
    # BaseEventLoop.default_exception_handler (context: a dict, or a message
    # alone), through the 'asyncio' logger as in CPython, where asyncio
    # imports logging: the module once the script has imported it, else
    # imported now. Given no context, BaseSelectorEventLoop.__init__'s
    # debug line, which only a configured logging could show.
    # A tuple is debug mode's warning about a slow callback.
    if context is None:
        return logging and _selector(logging)
    if not logging:
        import logging
    if isinstance(context, tuple):
        return logging.getLogger('asyncio').warning(*context)  #@base_events.py:1917
    if isinstance(context, str):
        context = {'message': context}
    lines = [context.get('message') or 'Unhandled exception in event loop']
    for k in sorted(context):
        if k == 'source_traceback':
            import traceback
            lines.append(k + ': Object created at (most recent call last):\n' + ''.join(traceback.format_list(context[k])).rstrip())
        elif k not in ('message', 'exception'):
            lines.append('%s: %r' % (k, context[k]))
    logging.getLogger('asyncio').error('\n'.join(lines), exc_info=context.get('exception'))  #@1771


def __init__(logging):  #@selector_events.py:49
    logging.getLogger('asyncio').debug('Using selector: %s', 'EpollSelector')  #@54


_report, _selector = default_exception_handler, __init__
del default_exception_handler, __init__
