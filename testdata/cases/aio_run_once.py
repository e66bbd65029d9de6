import asyncio

loop = asyncio.new_event_loop()


def a():
    print('a', loop.is_running())
    loop.call_soon(c)


def b():
    print('b')
    loop.stop()
    print('b after stop')
    loop.call_soon(d)


def c():
    print('c')


def d():
    print('d')
    loop.call_soon(f)


def e():
    print('e')


def f():
    print('f')


loop.call_soon(a)
loop.call_soon(b)
loop.call_soon(e)
print('before', loop.is_running(), loop.is_closed())
loop.run_forever()
print('stopped 1', loop.is_running())
loop.stop()
loop.run_forever()
print('stopped 2')
loop.call_later(1, print, 'timer at', 1)
loop.call_later(1, loop.stop)
loop.call_later(1, print, 'timer after stop')
loop.call_later(2, print, 'timer at', 2)
loop.run_forever()
print('stopped 3', loop.time())


async def steps(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def stopper():
    await asyncio.sleep(0)
    print('stopper stops')
    loop.stop()


loop.create_task(steps('s', 4))
loop.create_task(stopper())
loop.create_task(steps('t', 4))
loop.run_forever()
print('stopped 4')
loop.run_until_complete(asyncio.sleep(0))
print('stopped 5')
loop.run_until_complete(asyncio.sleep(0.5))
print('stopped 6', loop.time())
loop.close()
print(loop.is_closed())
loop.close()
print('closed twice')
