import asyncio
import sys


async def main():
    print('waiting on a future nobody completes')
    sys.stdout.flush()
    await asyncio.get_running_loop().create_future()


try:
    asyncio.run(main())
finally:
    print('finally is not reached: the process ends')
