# Stop run_forever() with a SIGINT handler
import asyncio
import signal

async def my_function(delay):
    print(f'Start {delay}')
    await asyncio.sleep(delay)
    print(f'Stop {delay}')

def stop_loop(loop):
    print('Stopping the loop')
    loop.stop()

asyncio.ensure_future(my_function(1))
print('Scheduled 1')

loop = asyncio.get_event_loop()
loop.add_signal_handler(signal.SIGINT, stop_loop, loop)
loop.run_forever()
print('Exiting')
