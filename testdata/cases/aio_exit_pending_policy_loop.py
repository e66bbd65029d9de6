# Tasks still pending when the script ends with the policy's loop open:
# the loop keeps what its timers will wake (the sleeping task), while a
# task waiting on a future nothing will complete is destroyed at exit.
import asyncio
async def main():
    t = asyncio.ensure_future(asyncio.sleep(10))
    f = asyncio.get_event_loop().create_future()
    t2 = asyncio.ensure_future(f)
    async def waiter():
        await f
    t3 = asyncio.ensure_future(waiter())
    await asyncio.sleep(1)
    print('main done')
loop = asyncio.get_event_loop()
loop.run_until_complete(main())
print('end')
