# A module-level name rebound or deleted drops the unstarted coroutine it
# held: CPython warns at that line, not at exit.
async def work():
    pass

x = work()
x = None
print("after rebinding")
y = work()
del y
print("after del")
