import asyncio
async def bad():
    raise ValueError('x')
async def sub(fs):
    fs = {asyncio.ensure_future(f) for f in fs}
    await asyncio.sleep(1)
    return fs
async def main():
    fs = await sub([bad()])
    print(fs)
loop = asyncio.get_event_loop()
loop.run_until_complete(main())
