import asyncio
loop = asyncio.new_event_loop()
for name in ["run_until_complete","call_soon","call_later","create_task","add_signal_handler","remove_signal_handler","set_exception_handler","call_exception_handler","set_debug","call_soon_threadsafe"]:
    try:
        r = getattr(loop, name)()
        print(name, "OK")
    except TypeError as e:
        print(name, "->", e)
try:
    loop.call_later(1)
except TypeError as e:
    print(e)
loop.close()
for n in ["set_event_loop","iscoroutine","isfuture","iscoroutinefunction","create_task","ensure_future"]:
    try:
        getattr(asyncio, n)()
    except TypeError as e:
        print(n, "->", e)
