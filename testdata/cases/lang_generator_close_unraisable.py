# Closing a dropped generator can fail; CPython reports the error as an
# unraisable exception ("Exception ignored in: ...") on stderr and goes on.

def ignores():
    try:
        yield 1
    finally:
        yield 2     # ignores GeneratorExit

g = ignores()
next(g)
g = None            # RuntimeError: generator ignored GeneratorExit
print("after ignored GeneratorExit")

def raises(tag):
    try:
        yield 1
    finally:
        print("finally of", tag)
        raise KeyError(tag)

for x in raises("loop"):
    break
print("after the loop")

def holder():
    g = raises("local")
    next(g)
    print("holder returning")
holder()
print("after holder")

def with_inner():
    def inner():
        try:
            yield 1
        finally:
            print("inner finally")
    it = inner()
    next(it)
    try:
        yield 1
    finally:
        raise ValueError("outer")

g = with_inner()
next(g)
del g
print("after del")

class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        1 / 0

def with_bad():
    with Bad():
        yield "in"

g = with_bad()
print(next(g))
g = "rebound"
print("end", g)
