# Results of finished tasks
import asyncio

async def my_function(p1):
    await asyncio.sleep(p1)
    return p1

loop = asyncio.get_event_loop()

task_a = asyncio.ensure_future(my_function(1))
task_b = asyncio.ensure_future(my_function(2))
task_c = asyncio.ensure_future(my_function(3))

done, pending = loop.run_until_complete(asyncio.wait(
    [task_a, task_b, task_c],
    return_when=asyncio.ALL_COMPLETED,
))

for task in done:
    print(task.result())
