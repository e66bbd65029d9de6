# Ctrl+C under asyncio.run(): cleanup in finally
# Without a handler of your own, asyncio.run() turns Ctrl+C into a
# cancellation of the main task: every finally block runs, then
# KeyboardInterrupt reaches the caller.
import asyncio


async def ticker():
    try:
        for i in range(3):
            await asyncio.sleep(1)
            print('tick', i)
        await asyncio.Event().wait()     # then wait forever
    finally:
        print('ticker: finally')


async def main():
    try:
        await ticker()
    except asyncio.CancelledError:
        print('main: cancelled')
        raise


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('KeyboardInterrupt: stopped cleanly')
