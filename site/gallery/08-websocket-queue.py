# Keep receiving while slow processing runs (websocket + Queue)
# A reader's question: "my websocket connection dies because processing each
# message takes too long". Receiving and processing are decoupled: the
# receiver only puts messages on an asyncio.Queue, and consumer tasks do the
# slow work. The websocket is simulated with asyncio.sleep.
import asyncio
import time

START = time.monotonic()


def log(text):
    print(f'{time.monotonic() - START:4.1f}s  {text}')


class FakeWebSocket:
    """Stands in for a websocket: a message arrives every 0.5 seconds."""

    def __init__(self, messages):
        self.messages = messages
        self.received = 0

    async def recv(self):
        await asyncio.sleep(0.5)
        if self.received == self.messages:
            raise ConnectionError('connection closed by peer')
        self.received += 1
        return f'msg-{self.received}'


async def process(message):
    # Slow work (parsing, storing...): 2 seconds per message.
    await asyncio.sleep(2)
    log(f'    processed {message}')


async def consumer(name, queue):
    while True:
        message = await queue.get()
        try:
            await process(message)
        finally:
            queue.task_done()


async def receiver(ws, queue):
    while True:
        try:
            message = await ws.recv()
        except ConnectionError as e:
            log(f'receiver: {e}')
            return
        queue.put_nowait(message)
        log(f'received {message}, {queue.qsize()} waiting')


async def main():
    ws = FakeWebSocket(messages=6)
    queue = asyncio.Queue()
    consumers = [asyncio.create_task(consumer(f'worker-{i}', queue))
                 for i in range(2)]
    await receiver(ws, queue)
    await queue.join()              # every message processed
    for task in consumers:
        task.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    log('all messages processed; the receiver never waited for processing')


asyncio.run(main())
