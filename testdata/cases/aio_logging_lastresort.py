import asyncio
import logging

# Imported but never configured: asyncio's reports go through lastResort,
# which prints just the message (and traceback) to stderr.
log = logging.getLogger("app")


async def boom(n):
    await asyncio.sleep(n)
    raise RuntimeError(f"boom {n}")


async def main():
    log.warning("starting")
    asyncio.create_task(boom(1))
    await asyncio.sleep(2)
    asyncio.get_running_loop().call_soon(lambda: 1 / 0)
    await asyncio.sleep(0.1)
    # A common trick: silence asyncio's own reports.
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    asyncio.create_task(boom(0.5))
    await asyncio.sleep(1)
    log.info("not shown")
    logging.getLogger("asyncio").setLevel(logging.NOTSET)
    global t
    t = asyncio.create_task(boom(0.25))
    await asyncio.sleep(0.5)
    log.error("leaving with an unretrieved task")


asyncio.run(main())
del t
print("done")
