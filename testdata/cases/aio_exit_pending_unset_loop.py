# A loop that is only a global (never set as the event loop) goes at
# exit, and every task still pending on it is destroyed.
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
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print('end')
