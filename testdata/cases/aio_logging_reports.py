import asyncio
import logging

logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s %(funcName)s %(module)s: %(message)s")


async def fails(n):
    await asyncio.sleep(n)
    raise ValueError(f"failure {n}")


def bad_callback(x):
    raise KeyError(x)


async def forever():
    await asyncio.sleep(3600)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(fails(1))
    loop.call_soon(bad_callback, "k")
    await asyncio.sleep(2)
    logging.info("not shown: root is at WARNING")
    logging.warning("t done: %s", t.done())
    del t
    await asyncio.sleep(0.5)
    loop.call_exception_handler({"message": "custom report", "extra": 42})
    loop.call_exception_handler({})
    global pending
    pending = asyncio.create_task(forever())
    await asyncio.sleep(0)


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print("end")
