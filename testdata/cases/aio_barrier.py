# asyncio.Barrier (3.11): filling, draining, the index each waiter gets,
# reuse after a round, async with, reset and abort with BrokenBarrierError.
import asyncio


async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)

    async def party(i, delay):
        await asyncio.sleep(delay)
        print(f'{i} arrives at {asyncio.get_running_loop().time()}: {b.n_waiting} waiting')
        index = await b.wait()
        print(f'{i} passes with index {index}')
        return index

    print(await asyncio.gather(party('a', 1), party('b', 3), party('c', 2)))
    print(await asyncio.gather(*(party(i, 0) for i in 'xyz')))

    async def with_form(i):
        async with b as index:
            print('async with', i, index)

    await asyncio.gather(*(with_form(i) for i in range(3)))

    async def stuck(i):
        try:
            await b.wait()
        except asyncio.BrokenBarrierError as e:
            print(i, type(e).__name__, e)

    tasks = [asyncio.create_task(stuck(i)) for i in range(2)]
    await asyncio.sleep(0)
    print('before reset', b.n_waiting)
    await b.reset()
    await asyncio.gather(*tasks)
    print('after reset', b.n_waiting, b.broken)

    tasks = [asyncio.create_task(stuck(i)) for i in range(2)]
    await asyncio.sleep(0)
    await b.abort()
    await asyncio.gather(*tasks)
    print('broken', b.broken, b.n_waiting)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print('late waiter:', repr(e))

    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)

    c = asyncio.Barrier(2)
    t = asyncio.create_task(c.wait())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled waiter; waiting now:', c.n_waiting)


asyncio.run(main())
