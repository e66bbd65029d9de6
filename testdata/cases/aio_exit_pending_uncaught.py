# An uncaught exception ends the script: its traceback keeps the globals,
# the open loop among them, so its pending task is not destroyed.
import asyncio
async def coro():
    await asyncio.sleep(1)
async def main():
    asyncio.ensure_future(coro())
    await asyncio.sleep(0)
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print('end')
raise ValueError('x')
