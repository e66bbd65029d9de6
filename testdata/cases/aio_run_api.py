import asyncio


async def answer(x):
    await asyncio.sleep(1)
    return x * 2


async def nested():
    c = answer(1)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()
    loop = asyncio.get_event_loop()
    print(loop is asyncio.get_running_loop(), loop.is_running())
    return loop


print(asyncio.run(answer(21)))
loop1 = asyncio.run(nested())
print(loop1.is_closed(), loop1.is_running())
for bad in (1, answer):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(answer(5)), loop.time())
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
print(loop.run_until_complete(answer(6)), loop.time())
loop.close()


async def leftover(n):
    try:
        await asyncio.sleep(100)
    finally:
        print('leftover', n, 'cleaned up')


async def main():
    # one leftover: asyncio.run cancels leftovers in set (address) order
    asyncio.create_task(leftover(1))
    await asyncio.sleep(1)
    return 'main done'


print(asyncio.run(main()))
print(asyncio.run(answer(1), debug=False))


async def raises():
    await asyncio.sleep(1)
    raise KeyError('from main')


try:
    asyncio.run(raises())
except KeyError as e:
    print('KeyError', e)
with asyncio.Runner() as runner:
    print(runner.run(answer(10)))
    print(runner.run(answer(11)), runner.get_loop().time())
asyncio.run(raises())
