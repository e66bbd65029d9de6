# Graceful shutdown on Ctrl+C with a SIGINT handler
# A small "server" handles the jobs it has, then waits for more. Press
# Ctrl+C: the SIGINT handler sets an Event, and main() stops the workers,
# letting each one clean up, before asyncio.run() returns.
import asyncio
import signal


async def worker(name, jobs):
    try:
        while True:
            job = await jobs.get()
            await asyncio.sleep(job)
            print(f'{name} finished a {job}s job')
    except asyncio.CancelledError:
        print(f'{name}: closing connections')
        raise


async def main():
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGINT, stop.set)

    jobs = asyncio.Queue()
    for job in (1, 3, 2):
        jobs.put_nowait(job)
    workers = [asyncio.create_task(worker(f'worker-{i}', jobs))
               for i in range(2)]

    print('serving; press Ctrl+C to stop')
    await stop.wait()
    print('SIGINT received: shutting down')
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print('bye')


asyncio.run(main())
