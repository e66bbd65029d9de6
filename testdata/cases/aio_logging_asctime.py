import asyncio
import logging
import time

logging.basicConfig(
    level=logging.DEBUG,
    format="%(asctime)s %(levelname)s [%(funcName)s:%(lineno)d] %(message)s",
)
log = logging.getLogger("worker")


def quiet_selector(record):
    # asyncio logs "Using selector: EpollSelector" at DEBUG as a loop is made
    # (the reference runner's selector has another name): show it, without the name.
    print("asyncio says:", record.getMessage().split(":")[0], record.levelname, record.module)
    return "selector" not in record.getMessage()


logging.getLogger("asyncio").addFilter(quiet_selector)


async def worker(name, delay):
    log.debug("%s starting", name)
    await asyncio.sleep(delay)
    log.info("%s slept %.1fs (created=%.3f)", name, delay, time.time())
    return name


async def main():
    log.info("main at %s", time.monotonic())
    results = await asyncio.gather(worker("a", 1.5), worker("b", 0.25), worker("c", 2.125))
    log.warning("results %s", results)
    time.sleep(0.999)
    log.error("after a blocking sleep")
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.5)
    except asyncio.TimeoutError:
        log.exception("timed out")


asyncio.run(main())
