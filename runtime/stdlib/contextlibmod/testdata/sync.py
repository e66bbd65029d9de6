from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, ContextDecorator, AbstractContextManager, redirect_stdout
import contextlib

@contextmanager
def tag(name):
    print("enter", name)
    try:
        yield name
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("exit", name)

with tag("a") as t:
    print("body", t)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("caught", e)

@contextmanager
def noyield():
    if False:
        yield

try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield 1
    yield 2

try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def swallow():
    try:
        yield
    except Exception:
        pass

with swallow():
    raise TypeError("gone")
print("after swallow")

@tag("deco")
def decorated(x):
    print("decorated body", x)
    return x * 2

print(decorated(21))
print(decorated(1))
print(decorated.__name__, tag.__name__)

with suppress(KeyError, IndexError):
    [][1]
with suppress():
    pass
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)

class Thing:
    def close(self):
        print("closed")

with closing(Thing()) as th:
    print("using", type(th).__name__)

with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(f"s{i}"))
    stack.callback(print, "callback", 1)
    print("in stack")

def fail(*a):
    raise ValueError("from callback")

try:
    with ExitStack() as stack:
        stack.callback(fail)
        stack.push(lambda *exc: print("push saw", exc[0].__name__ if exc[0] else None))
        raise KeyError("body")
except ValueError as e:
    print("got", repr(e), "context", repr(e.__context__))

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise IndexError("suppressed by push")
print("stack suppressed")

stack = ExitStack()
stack.callback(print, "closing stack")
moved = stack.pop_all()
stack.close()
print("moved")
moved.close()

class CM(ContextDecorator):
    def __enter__(self):
        print("CM enter")
        return self
    def __exit__(self, *exc):
        print("CM exit", exc[0])
        return False

@CM()
def g():
    print("in g")

g()

class Mine(AbstractContextManager):
    def __exit__(self, *exc):
        print("Mine exit")

with Mine() as m:
    print(type(m).__name__)

try:
    with ExitStack() as stack:
        stack.enter_context(5)
except TypeError as e:
    print(e)

print(isinstance(suppress(), AbstractContextManager))
print([n for n in contextlib.__all__])
