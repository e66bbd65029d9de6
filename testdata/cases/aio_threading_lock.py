# threading.Lock / RLock / Event / Semaphore in one thread, and a
# Thread started and joined (its target runs before start() returns).
import threading

lock = threading.Lock()
with lock:
    print('held', lock.locked(), lock.acquire(blocking=False))
print('released', lock.locked())
print(lock.acquire(), lock.locked())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)

r = threading.RLock()
with r:
    with r:
        print('rlock nested ok')
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)

ev = threading.Event()
print(ev.is_set())
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(1))
ev.clear()
print(ev.is_set())

sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print('ValueError:', e)

results = []
counter_lock = threading.Lock()


def worker(n, out):
    with counter_lock:
        out.append((n, threading.current_thread().name))


threads = [threading.Thread(target=worker, args=(i, results)) for i in range(3)]
print([t.name for t in threads], [t.is_alive() for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads], threading.active_count())
t = threading.Thread(target=worker, args=(9, results), name='named', daemon=True)
print(t.name, t.daemon)
try:
    t.join()
except RuntimeError as e:
    print('RuntimeError:', e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)
print(threading.Thread().name, threading.main_thread().name, threading.current_thread().name)
data = threading.local()
data.x = 1
print(data.x, hasattr(data, 'y'))
