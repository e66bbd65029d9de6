# asyncio.wait() and exceptions
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

task_a = asyncio.ensure_future(my_function(1))
task_b = asyncio.ensure_future(my_function(2))
task_c = asyncio.ensure_future(my_function('a'))

done, pending = loop.run_until_complete(asyncio.wait(
    [task_a, task_b, task_c],
    return_when=asyncio.ALL_COMPLETED,
))

for task in done:
    if task.exception:
        try:
            loop.run_until_complete(task)
        except Exception as e:
            print(f'Exception catched: {e}')

for task in pending:
    task.cancel()
    loop.run_until_complete(task)

loop.close()
