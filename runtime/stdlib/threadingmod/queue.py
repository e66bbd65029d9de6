# aioplay's queue, written for aioplay to CPython 3.11's documented
# behaviour, on the threading module's model (see threading.py): a get()
# from an empty queue, a put() into a full one or a join() with unfinished
# tasks can never be satisfied while it waits. With block=False or a
# timeout, get() and put() raise Empty/Full at once, as in CPython once the
# timeout has passed; without, they raise RuntimeError instead of hanging.

from collections import deque
from heapq import heappush, heappop
from threading import _dead


class Empty(Exception): __module__ = '_queue'
class Full(Exception): pass


def _wait(block, timeout, exc):
    if block and timeout is None:
        raise _dead('Queue')
    raise exc


class Queue:
    _c = deque
    unfinished_tasks = 0

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.queue = self._c()

    def qsize(self): return len(self.queue)
    def empty(self): return not self.queue
    def full(self): return 0 < self.maxsize <= len(self.queue)

    def put(self, item, block=True, timeout=None):
        if self.full():
            _wait(block, timeout, Full)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self.queue:
            _wait(block, timeout, Empty)
        return self._get()

    def put_nowait(self, item): self.put(item, False)
    def get_nowait(self): return self.get(False)

    def task_done(self):
        if self.unfinished_tasks < 1:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks:
            raise _dead('join()')

    def _put(self, item): self.queue.append(item)
    def _get(self): return self.queue.popleft()


class LifoQueue(Queue):
    _c = list
    def _get(self): return self.queue.pop()


class PriorityQueue(Queue):
    _c = list
    def _put(self, item): heappush(self.queue, item)
    def _get(self): return heappop(self.queue)


class SimpleQueue(Queue): __module__ = '_queue'
