# Thread names inside executor work: a ThreadPoolExecutor's workers, and
# the loop's default executor behind run_in_executor(None, ...).
import asyncio
import concurrent.futures
import threading
import time


def work(x):
    t = threading.current_thread()
    time.sleep(1)
    return (t.name, x, t is threading.main_thread(), threading.active_count(), time.monotonic())


print(threading.current_thread().name, threading.active_count())
with concurrent.futures.ThreadPoolExecutor() as ex:
    f = ex.submit(work, 1)
    print(f.result(), f.done())
print(threading.active_count())
with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix='pool') as ex:
    print(ex.submit(work, 2).result())
    print(ex.submit(work, 3).result())
    print(list(ex.map(work, [4, 5])))


async def main():
    loop = asyncio.get_running_loop()
    print('main in', threading.current_thread().name)
    r = await loop.run_in_executor(None, work, 6)
    print(r, loop.time())


# A loop of our own: asyncio.run would also shut the default executor
# down in a thread of its own, which the reference runner's idle check races.
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print(threading.main_thread().name)
