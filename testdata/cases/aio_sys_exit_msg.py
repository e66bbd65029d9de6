import asyncio
import sys


async def main():
    await asyncio.sleep(1)
    print('exiting with a message')
    sys.exit('fatal: something went wrong')


asyncio.run(main())
