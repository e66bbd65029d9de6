import asyncio


async def boom(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


def key(t):
    # The task is also held by sorted()'s own copy of the list: dropping
    # this parameter must not report it.
    name = t.get_name()
    del t
    return name


def on_done(fut):
    # A done callback's argument is also held by the loop's handle.
    print('callback sees', fut.get_name())
    del fut
    print('callback ends')


async def main():
    tasks = [asyncio.create_task(boom(f'task {i}')) for i in range(3)]
    await asyncio.sleep(0.1)
    print('sorted:', [t.get_name() for t in sorted(tasks, key=key)])
    tasks[0].add_done_callback(on_done)
    await asyncio.sleep(0)
    print('popping one')
    t = tasks.pop()
    t = None
    print('clearing the list')
    tasks.clear()
    print('cleared')
    await asyncio.sleep(0)
    print('main ends')


asyncio.run(main())
print('after run')
