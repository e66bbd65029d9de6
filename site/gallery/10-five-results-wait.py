# Results of five concurrent functions with wait()
# The same question answered with asyncio.wait, as in the tutorial's reply:
# wait() returns two sets of tasks, (done, pending); call result() on each
# done task. A set has no useful order, so keep your own list of tasks (or a
# dict from task to name) to know which result is which.
import asyncio


async def work(name, seconds):
    await asyncio.sleep(seconds)
    if name == 'delta':
        raise ValueError(f'{name} could not finish')
    return seconds * 10


async def main():
    names = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']
    tasks = {asyncio.create_task(work(name, i + 1)): name
             for i, name in enumerate(names)}

    done, pending = await asyncio.wait(tasks, timeout=4.5)
    print(f'{len(done)} done, {len(pending)} still pending after 4.5s')

    for task, name in tasks.items():          # our order, not the set's
        if task in pending:
            print(f'{name:8} still running: cancelling it')
            task.cancel()
        elif task.exception() is not None:
            print(f'{name:8} failed: {task.exception()!r}')
        else:
            print(f'{name:8} -> {task.result()}')

    await asyncio.wait(pending)               # let the cancellations finish
    print('cancelled:', [tasks[t] for t in pending if t.cancelled()])


asyncio.run(main())
