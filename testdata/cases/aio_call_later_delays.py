import asyncio
async def main():
    loop = asyncio.get_running_loop()
    for d in (10**3, True, 0.5):
        h = loop.call_later(d, print, 'x')
        print(h.when())
    for bad in ('1', None, [1]):
        try:
            loop.call_later(bad, print)
        except TypeError as e:
            print('TypeError', e)
        try:
            await asyncio.sleep(bad)
        except TypeError as e:
            print('TypeError', e)
    try:
        loop.call_later(10**400, print)
    except OverflowError as e:
        print('OverflowError', e)
asyncio.run(main())
