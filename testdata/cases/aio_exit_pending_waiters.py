# Workers blocked on an Event that is never set, loop left open: each is
# destroyed at exit.
import asyncio
async def coro():
    await asyncio.Event().wait()
async def main():
    for i in range(3):
        asyncio.ensure_future(coro())
    await asyncio.sleep(1)
loop = asyncio.get_event_loop()
loop.run_until_complete(main())
print('end')
