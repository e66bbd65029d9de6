# A closed loop has dropped its timers: its pending task is destroyed at
# exit even when an uncaught exception ended the script.
import asyncio
async def coro():
    await asyncio.sleep(1)
async def main():
    asyncio.ensure_future(coro())
    await asyncio.sleep(0)
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print('end')
raise ValueError('x')
