import asyncio
loop = asyncio.new_event_loop()
loop.call_exception_handler(())
print("after")
try:
    loop.default_exception_handler([])
except AttributeError as e:
    print("AttributeError:", e)
loop.set_exception_handler(lambda l, c: print("handler got", c))
loop.call_exception_handler(5)
loop.close()
