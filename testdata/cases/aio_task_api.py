import asyncio


async def work(n, d=0):
    await asyncio.sleep(d)
    return n


async def fail():
    await asyncio.sleep(0)
    raise ValueError('task failed')


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me is asyncio.current_task(asyncio.get_running_loop()))
    print(me.get_coro())
    t1 = asyncio.create_task(work(1, 1))
    t2 = asyncio.create_task(work(2), name='second')
    t3 = asyncio.ensure_future(work(3))
    t4 = asyncio.get_running_loop().create_task(fail(), name=1234)
    t5 = asyncio.Task(work(5))
    print([t.get_name() for t in (t1, t2, t3, t4, t5)])
    t1.set_name('renamed')
    t3.set_name(3.5)
    print(t1.get_name(), t3.get_name())
    print(t1)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(t2.get_coro().__qualname__, t2.get_coro().cr_code.co_name)
    await asyncio.sleep(0)
    print(t2)
    await asyncio.sleep(0)
    print(t2, t2.result())
    print(t4)
    print(repr(t4.exception()))
    try:
        t4.result()
    except ValueError as e:
        print('result raised', e)
    print(t1.done(), t1)
    print(await t1, t1)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.ensure_future(t1) is t1)
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(fut) is fut)
    for bad in (1, None, work):
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print('TypeError:', e)
    try:
        asyncio.create_task(1)
    except TypeError as e:
        print('TypeError:', e)

    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'from awaitable'

    t6 = asyncio.ensure_future(Awaitable())
    print(type(t6).__name__, await t6)
    print(asyncio.current_task().get_name())
    return 'main result'


print(asyncio.current_task.__name__)
try:
    asyncio.current_task()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print('RuntimeError:', e)
print(asyncio.run(main()))
print(asyncio.run(work('again')))
