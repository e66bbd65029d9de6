import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")


def log(msg):
    print(f"[{request_id.get()}] {msg}")


async def db_query(q):
    log(f"query {q}")
    await asyncio.sleep(0.1)
    log(f"done {q}")
    return len(q)


async def handle(rid, delay):
    request_id.set(rid)
    await asyncio.sleep(delay)
    n = await db_query(f"select {rid}")
    sub = await asyncio.create_task(child())
    log(f"child saw {sub}")
    return n


async def child():
    log("child running")
    request_id.set("changed-in-child")
    return request_id.get()


async def main():
    log("main start")
    results = await asyncio.gather(handle("req-1", 0.3), handle("req-2", 0.1), handle("req-3", 0.2))
    print(results)
    log("main after gather")
    request_id.set("main-rid")
    t = asyncio.create_task(handle("req-4", 0))
    request_id.set("main-rid-2")
    await t
    log("main end")

    loop = asyncio.get_running_loop()
    done = loop.create_future()
    def cb(tag):
        log(f"callback {tag}")
        request_id.set("cb-set")
    loop.call_soon(cb, "soon")
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in-ctx")
    loop.call_soon(cb, "with-ctx", context=ctx)
    loop.call_later(0.5, cb, "later")
    request_id.set("before-later")
    loop.call_at(loop.time() + 0.6, done.set_result, None)
    await done
    log("after callbacks")
    print("ctx value:", ctx[request_id])

    ctx2 = contextvars.Context()
    async def in_ctx2():
        request_id.set("ctx2-value")
        log("in ctx2")
    await asyncio.get_running_loop().create_task(in_ctx2(), context=ctx2)
    print("ctx2 after task:", ctx2.get(request_id))
    await asyncio.create_task(in_ctx2())
    log("main still")

    async with asyncio.TaskGroup() as tg:
        for i in range(3):
            tg.create_task(handle(f"tg-{i}", 0.01 * (3 - i)))
    log("taskgroup done")

    try:
        user.get()
    except LookupError:
        print("user unset")

    def sync_work():
        user.set("alice")
        return user.get()
    print(contextvars.copy_context().run(sync_work), user.get("nobody"))

asyncio.run(main())
log("outside")
