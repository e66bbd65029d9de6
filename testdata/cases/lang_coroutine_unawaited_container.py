# Coroutines never awaited, held by containers: when the frame holding the
# container ends, they go with it and warn at the caller's line (once per
# line and message); nested containers too; one that is returned survives.
async def f():
    pass


async def other():
    pass


def g():
    coros = [f(), f()]
    print('g done')


def h():
    d = {'x': (other(), [f()])}
    print('h done')


def keep():
    t = (f(),)
    return t


g()
print('after g')
h()
print('after h')
kept = keep()
print('kept', type(kept[0]).__name__)
kept = None
print('end')
