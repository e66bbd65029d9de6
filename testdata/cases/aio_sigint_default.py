import asyncio
import signal

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.add_signal_handler(signal.SIGINT, print, 'never')
loop.remove_signal_handler(signal.SIGINT)


async def waiter():
    try:
        await asyncio.sleep(5)
        print('slept', loop.time())
        await loop.create_future()
    finally:
        print('finally in waiter')


t = loop.create_task(waiter())
try:
    loop.run_until_complete(t)
except KeyboardInterrupt:
    print('KeyboardInterrupt caught', t.done(), loop.is_running())
print(t)
t.cancel()
loop.run_until_complete(asyncio.sleep(0))
print(t)
loop.run_until_complete(loop.create_future())
