# TaskGroup (Python 3.11): structured concurrency
import asyncio


async def step(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f'{name} cancelled')
        raise
    if fail:
        raise ValueError(f'{name} failed')
    print(f'{name} done')
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(step('a', 1))
        b = tg.create_task(step('b', 2))
    print('both finished:', a.result(), b.result())

    # When one task fails, the group cancels the others and raises an
    # ExceptionGroup once they have all finished.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step('c', 1, fail=True))
            tg.create_task(step('d', 5))
            tg.create_task(step('e', 0.5))
    except* ValueError as group:
        for exc in group.exceptions:
            print('caught:', repr(exc))


asyncio.run(main())
