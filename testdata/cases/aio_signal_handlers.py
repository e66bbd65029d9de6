import asyncio
import signal

print(signal.SIGINT, repr(signal.SIGTERM), int(signal.SIGINT), int(signal.SIGTERM))
print(signal.SIGINT.name, signal.Signals(15), signal.SIGINT == 2)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


def on_term():
    print('SIGTERM handler')


def on_int(tag):
    print('SIGINT handler', tag, loop.time())
    loop.call_later(1, finish)


def finish():
    print('finishing', loop.time())
    print('removed', loop.remove_signal_handler(signal.SIGINT))
    print('removed again', loop.remove_signal_handler(signal.SIGINT))
    loop.stop()


loop.add_signal_handler(signal.SIGTERM, on_term)
print('removed term', loop.remove_signal_handler(signal.SIGTERM))
loop.add_signal_handler(signal.SIGINT, on_int, 'first')
loop.add_signal_handler(signal.SIGINT, on_int, 'second')


async def coro_handler():
    pass


try:
    loop.add_signal_handler(signal.SIGINT, coro_handler)
except TypeError as e:
    print('TypeError:', e)
loop.call_later(2, print, 'timer before idle')
loop.run_forever()
print('after run_forever', loop.time())
loop.run_forever()
print('not reached')
