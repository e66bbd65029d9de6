import asyncio

async def sleeper(n):
    await asyncio.sleep(n)

async def main():
    g = asyncio.gather(sleeper(10), sleeper(20))
    t = asyncio.ensure_future(sleeper(30))
    print(t._log_destroy_pending)
    t._log_destroy_pending = 0
    print(t._log_destroy_pending)
    await asyncio.sleep(1)
    print("main done")

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
