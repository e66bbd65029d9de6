# A suspended generator is closed the moment its last reference goes, as
# CPython's reference counting does: its finally blocks and with exits run
# (and print) right then.

def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("fin", tag)

# Leaving a for loop by break drops its iterator.
for x in gen("break"):
    print("got", x)
    break
print("after break")

# Rebinding and del.
g = gen("rebind")
next(g)
g = None
print("after rebind")
g = gen("del")
next(g)
del g
print("after del")

# A function returning with the generator in a local: closed as the frame
# goes, before the caller goes on.
def local():
    g = gen("local")
    next(g)
    print("local returning")
    return "r"
print(local())

# A return inside the loop.
def find():
    for x in gen("return-in-loop"):
        return x
print("found", find())

# An argument dropped after the call: closed before print runs.
print("next gave", next(gen("argument")))

# A loop in a function, many times over.
def loops():
    total = 0
    for i in range(5):
        for x in gen(i):
            total += x
            break
    return total
print("loops", loops())

# Nested generators: the inner one has the finally.
def outer_yield_from():
    yield from gen("inner of yield from")
def outer_for():
    for x in gen("inner of for"):
        yield x
def outer_finally():
    try:
        yield from gen("inner with outer finally")
    finally:
        print("outer finally")
o = outer_yield_from(); next(o); o = None
o = outer_for(); next(o); o = None
o = outer_finally(); next(o); o = None
print("after nested")

# Still referenced elsewhere: not closed.
kept = []
g = gen("kept in a list")
next(g)
kept.append(g)
g = None
print("still alive, kept", len(kept))
def wrapped():
    g = gen("kept by enumerate")
    next(g)
    return enumerate(g)
e = wrapped()
print("still alive, enumerate")
print(next(e))
print("closing by hand")
kept[0].close()
for x in e:
    pass
print("exhausted")

# Yielded into list(): the list holds it while the generator drops its own
# reference.
def yields_one():
    h = gen("yielded into a list")
    next(h)
    yield h
    h = None
    print("dropped its own reference")
items = list(yields_one())
print("list built", len(items))
for x in items[0]:
    print("still running", x)

# with blocks in generators.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, exc, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False
def with_gen():
    with CM("outer"):
        with CM("inner"):
            yield 1
            yield 2
w = with_gen()
next(w)
w = 0
print("after with")

# A try/except that catches GeneratorExit.
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise
g = catcher(); next(g); g = None
print("after catcher")

# Never started, or finished: nothing runs.
g = gen("never started")
g = None
g = gen("finished")
for x in g:
    pass
g = None
print("after unstarted and finished")

# A frame left by an exception: its traceback keeps the frame's locals
# alive until the handler is done with the exception.
def raiser():
    g = gen("raiser's local")
    next(g)
    raise ValueError("boom")
try:
    raiser()
except ValueError:
    print("handling")
print("after handler")
try:
    raiser()
except ValueError as exc:
    print("handling", exc)
print("after handler with as")
try:
    for x in gen("loop left by an exception"):
        raise KeyError(x)
except KeyError:
    print("loop handler")
print("end")
