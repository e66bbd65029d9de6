# aioplay's concurrent.futures (beside the exception classes, which
# concurrent.go sets up), written for aioplay to CPython 3.11's documented
# behaviour, on the threading module's model (see threading.py):
# ThreadPoolExecutor.submit() runs the call to completion in the pool's
# worker thread before it returns, so its future is done at once and one
# worker (PREFIX_0) does all the work. Left out: ProcessPoolExecutor,
# initializer, Future's repr and running(), InvalidStateError checks,
# wait() and as_completed() for futures that are not done (there are none
# but those made by hand).

import threading as _t
from collections import namedtuple

DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _never(what, timeout):
    # Nothing can finish a pending future while this thread waits.
    raise _t._dead(what) if timeout is None else TimeoutError()


class Future:
    _state = 'PENDING'
    _result = _exception = None

    def __init__(self): self._cbs = []

    def _finish(self, state, result=None, exc=None):
        self._state, self._result, self._exception = state, result, exc
        for fn in self._cbs:
            fn(self)

    def cancel(self):
        if self._state == 'PENDING':
            self._finish('CANCELLED')
        return self.cancelled()

    def cancelled(self): return self._state == 'CANCELLED'
    def done(self): return self._state != 'PENDING'

    def add_done_callback(self, fn):
        if self.done():
            fn(self)
        else:
            self._cbs.append(fn)

    def exception(self, timeout=None):
        if self.cancelled():
            raise CancelledError()
        if not self.done():
            _never('result()', timeout)
        return self._exception

    def result(self, timeout=None):
        if self.exception(timeout):
            raise self._exception
        return self._result

    def set_result(self, result): self._finish('FINISHED', result)
    def set_exception(self, exception): self._finish('FINISHED', None, exception)


_pools = [0]


class ThreadPoolExecutor:
    _thread = None
    _shutdown = False
    def __enter__(self): return self
    def __exit__(self, *exc): self.shutdown()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        return [self.submit(fn, *args).result() for args in zip(*iterables)]

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if not thread_name_prefix:
            thread_name_prefix = 'ThreadPoolExecutor-%d' % _pools[0]
            _pools[0] += 1
        self._thread_name_prefix = thread_name_prefix

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = Future()
        if not self._thread:
            self._thread = _t.Thread(name=self._thread_name_prefix + '_0')
            self._thread._begin()
        _t._run_as(self._thread, _work, f, fn, args, kwargs)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        if self._thread and not self._shutdown:
            self._thread._end()
        self._shutdown = True


def _work(f, fn, args, kwargs):
    if not f.cancelled():
        try:
            f.set_result(fn(*args, **kwargs))
        except BaseException as e:
            f.set_exception(e)


def wait(fs, timeout=None, return_when='ALL_COMPLETED'):
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, set(fs) - done)


def as_completed(fs, timeout=None):
    return iter(fs)
