# Cancel pending tasks (the Python 3.6 way)
import asyncio

from concurrent.futures import CancelledError

async def my_function(delay):
    print(f'Start {delay}')
    try:
        await asyncio.sleep(delay)
    except CancelledError:
        print(f'Cancelled {delay}')
        return
    print(f'Stop {delay}')

loop = asyncio.get_event_loop()

asyncio.ensure_future(my_function(10))

loop.run_until_complete(my_function(1))

for task in asyncio.Task.all_tasks():
    print(f'Cancelling {task}')
    task.cancel()
    loop.run_until_complete(task)

loop.close()
