# ThreadPoolExecutor.submit futures: results, exceptions, callbacks.
import concurrent.futures
import threading


def ok(x):
    return x * 2


def bad(x):
    raise ValueError(f'bad {x}')


names = []


def note(f):
    names.append(threading.current_thread().name)


with concurrent.futures.ThreadPoolExecutor(thread_name_prefix='w') as ex:
    f1 = ex.submit(ok, 21)
    f2 = ex.submit(bad, 1)
    f1.add_done_callback(note)
    print(f1.result(), f1.done(), f1.cancelled(), f1.exception())
    print(repr(f2.exception()))
    try:
        f2.result()
    except ValueError as e:
        print('caught', e)
    done, not_done = concurrent.futures.wait([f1, f2])
    print(len(done), len(not_done))
    print(sorted(f.result() for f in concurrent.futures.as_completed([f1])))
print(names)
try:
    ex.submit(ok, 1)
except RuntimeError as e:
    print(e)
f = concurrent.futures.Future()
print(f.cancel(), f.cancelled(), f.done())
try:
    f.result()
except concurrent.futures.CancelledError as e:
    print('cancelled', type(e).__name__)
try:
    f2.result()
except ValueError:
    import sys
    print(sys.exc_info()[0].__name__)
