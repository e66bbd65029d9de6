# queue.Queue, LifoQueue, PriorityQueue and SimpleQueue in one thread.
import queue

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
while not q.empty():
    item = q.get()
    print('got', item)
    q.task_done()
q.join()
print('joined', q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print('ValueError:', e)
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty', repr(e), type(e))
try:
    q.get(block=False)
except queue.Empty:
    print('Empty again')

b = queue.Queue(maxsize=2)
b.put('a')
b.put_nowait('b')
print(b.full(), b.qsize())
try:
    b.put_nowait('c')
except queue.Full as e:
    print('Full', repr(e), type(e))
try:
    b.put('c', block=False)
except queue.Full:
    print('Full again')

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put((x, f'job{x}'))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print('SimpleQueue empty')
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
q.get_nowait()
