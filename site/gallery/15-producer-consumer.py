# Producer/consumer with a bounded Queue
import asyncio


async def producer(queue, name, count):
    for i in range(count):
        item = f'{name}-{i}'
        await queue.put(item)          # waits while the queue is full
        print(f'{name} put {item} (size {queue.qsize()})')
        await asyncio.sleep(0.2)


async def consumer(queue, name):
    while True:
        item = await queue.get()
        await asyncio.sleep(0.5)        # consuming is slower than producing
        print(f'    {name} handled {item}')
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(queue, f'c{i}')) for i in range(2)]
    await asyncio.gather(producer(queue, 'p', 6), producer(queue, 'q', 3))
    await queue.join()
    for c in consumers:
        c.cancel()
    print('all items handled')


asyncio.run(main())
