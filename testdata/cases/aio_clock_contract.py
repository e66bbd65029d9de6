import asyncio
import time

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.time(), time.monotonic(), time.perf_counter(), time.time())
print(time.time_ns(), time.monotonic_ns())


def cb(tag):
    print(tag, loop.time(), time.monotonic(), time.time())


loop.call_later(5, cb, 'later-5')
loop.call_later(0.1, cb, 'later-0.1')
loop.call_at(1000.9 + 0.1, cb, 'at-1001')
loop.call_later(2.5, cb, 'later-2.5')


async def main():
    t0 = loop.time()
    await asyncio.sleep(1.5)
    print('slept', loop.time() - t0, loop.time())
    time.sleep(3)
    print('after blocking sleep', loop.time())
    await asyncio.sleep(0)
    print('after sleep(0)', loop.time())
    await asyncio.sleep(0.7)
    print('after sleep(0.7)', loop.time())
    time.sleep(0)
    print('time.sleep(0)', loop.time())
    await asyncio.sleep(-3)
    print('negative asyncio.sleep', loop.time())


loop.run_until_complete(main())
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError:', e)
time.sleep(0.25)
print('outside the loop', loop.time(), time.time())
print(time.strftime('%Y-%m-%d %H:%M:%S'), '|', time.ctime(), '|', time.asctime())
g = time.gmtime()
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday)
print(time.localtime()[:6], time.gmtime(0)[:6])
print(time.strftime('%a %b %d %j', time.gmtime(86400 * 365)))
import datetime
print(datetime.datetime.now(), datetime.date.today())
print(repr(datetime.datetime.now(datetime.timezone.utc)))
print(datetime.datetime.fromtimestamp(time.time(), datetime.timezone.utc).isoformat())
loop.run_until_complete(asyncio.sleep(100))
print(datetime.datetime.now().strftime('%H:%M:%S'), time.time())
loop.close()
