# Coroutines never awaited: a bare call, one held by a local, one held by
# a dict: when the task's frame ends, CPython destroys the last two with
# it, warning once at the line of Handle._run that ran the step.
import asyncio
async def f(): pass
async def main():
    f()
    x = f()
    d = {'a': f()}
    print('main done')
asyncio.run(main())
print('end')
