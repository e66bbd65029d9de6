# aioplay's threading, written for aioplay to CPython 3.11's documented
# behaviour, on aioplay's model of threads: there is one real thread of
# execution, so a thread's work runs to completion, deterministically, at
# the moment it is handed over:
#   * Thread.start() runs the target (run()) before it returns; join()
#     then has nothing to wait for;
#   * an executor's worker (concurrent.futures.ThreadPoolExecutor, the
#     event loop's default executor behind run_in_executor and to_thread)
#     runs each work item inside submit(), as that worker thread: its
#     current_thread() is the worker, named as CPython names them
#     ('ThreadPoolExecutor-0_0', 'asyncio_0'); workers stay alive (in
#     enumerate() and active_count()) until the executor shuts down.
# time.sleep() inside a thread advances the one virtual clock, as it does
# under the reference runner. A wait that only another thread could end
# (acquiring a held Lock, waiting on an unset Event, a Queue's get() when
# it is empty...) cannot end here: with a timeout (or blocking=False) it
# gives up at once, the timeout elapsing outside the virtual clock (as
# under the reference runner), and without one it raises RuntimeError
# instead of hanging forever.
# Left out (the page's size budget): Condition, Barrier, Timer, reprs of
# locks and threads, excepthook, settrace/setprofile.

_n = [0]
_act = {}
_locals = {}


def _dead(what):
    return RuntimeError(what + ' would wait forever: aioplay runs one thread at a time')


def _run_as(thread, fn, *args):
    # Runs fn(*args) as thread: current_thread() is thread until it returns.
    global _cur
    prev, _cur = _cur, thread
    try:
        return fn(*args)
    finally:
        _cur = prev


def current_thread(): return _cur
def main_thread(): return _main
def get_ident(): return _cur.ident
def get_native_id(): return _cur.native_id
def active_count(): return len(_act)
def enumerate(): return list(_act.values())


class _Lock:
    # Lock (r=0) and RLock (r=1): held _c times by the thread _o.
    _o = _c = 0

    def __init__(self, r=0): self._r = r

    def acquire(self, blocking=True, timeout=-1):
        if self._c and not (self._r and self._o == get_ident()):
            if blocking and timeout == -1:
                raise _dead('acquire()')
            return False
        self._o = get_ident()
        self._c += 1
        return True

    __enter__ = acquire

    def release(self):
        if not self._c or self._r and self._o != get_ident():
            raise RuntimeError('cannot release un-acquired lock' if self._r else 'release unlocked lock')
        self._c -= 1

    def __exit__(self, *exc): self.release()
    def locked(self): return self._c > 0


def Lock(): return _Lock()
def RLock(): return _Lock(1)


class Event:
    _f = False
    def is_set(self): return self._f
    def set(self): self._f = True
    def clear(self): self._f = False

    def wait(self, timeout=None):
        if not self._f and timeout is None:
            raise _dead('wait()')
        return self._f


class Semaphore:
    _b = 0
    def __init__(self, value=1): self._v = self._i = value
    def __exit__(self, *exc): self.release()

    def acquire(self, blocking=True, timeout=None):
        self._v -= 1
        if self._v < 0:
            self._v = 0
            if blocking and timeout is None:
                raise _dead('acquire()')
            return False
        return True

    __enter__ = acquire

    def release(self, n=1):
        if self._b and self._v + n > self._i:
            raise ValueError('Semaphore released too many times')
        self._v += n


class BoundedSemaphore(Semaphore): _b = 1


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if not name:
            _n[0] += 1
            name = 'Thread-%d' % _n[0] + (' (%s)' % target.__name__ if target else '')
        self.name = name
        self._t, self._a, self._k = target, args, kwargs or {}
        self.daemon = _cur.daemon if daemon is None else daemon
        self.ident = self.native_id = None
        self._s = 0

    def _begin(self):
        self._s = 1
        self.native_id = 4242 + len(_act)
        self.ident = 140000000000000 + self.native_id
        _act[self.ident] = self

    def _end(self):
        self._s = 2
        _act.pop(self.ident)

    def start(self):
        if self._s:
            raise RuntimeError('threads can only be started once')
        self._begin()
        try:
            _run_as(self, self.run)
        except Exception as e:
            import sys
            print('Exception in thread %s:' % self.name, file=sys.stderr)
            try:
                import traceback
            except ImportError:
                raise e from None
            traceback.print_exception(e)
        finally:
            self._end()

    def run(self):
        if self._t:
            self._t(*self._a, **self._k)

    def join(self, timeout=None):
        if not self._s:
            raise RuntimeError('cannot join thread before it is started')

    def is_alive(self): return self._s == 1


class _MainThread(Thread):
    pass


_main = _cur = _MainThread(name='MainThread', daemon=0)
_main._begin()


class local:
    # One namespace per thread and object.
    def __getattribute__(self, name):
        d = _locals.get((self, _cur.ident), {})
        return d[name] if name in d else object.__getattribute__(self, name)

    def __setattr__(self, name, value): _locals.setdefault((self, _cur.ident), {})[name] = value
