import functools
from functools import partial, reduce, wraps, lru_cache, cache, total_ordering, cached_property, cmp_to_key, singledispatch

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)

p = partial(f, 1)
print(p(2), p(2, 5, d=6), p.func is f, p.args, p.keywords)
print(repr(p).replace(hex(id(f)), "ADDR"))
p2 = partial(p, 2, d=9)
print(p2(), p2.args, p2.keywords, p2.func is f)
print(repr(partial(print, "x", sep="-")))
try:
    partial(5)
except TypeError as e:
    print(e)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, "hello"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)

def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kw):
        """wrapper doc"""
        return fn(*args, **kw)
    return wrapper

@deco
def hello(name):
    """Say hello."""
    return "hello " + name

print(hello("x"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

print([sq(i) for i in [1, 2, 1, 3, 1, 2]], calls)
print(sq.__name__, sq.cache_parameters(), sq.cache_info())
print(fib_info := None)
sq.cache_clear()
sq(1)
print(calls)

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info(), fib.cache_info().hits)

@lru_cache
def plain(x):
    return x + 1
print(plain(1), plain(1))

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"V({self.v})"

print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(3) >= V(2), sorted([V(3), V(1), V(2)]))

try:
    @total_ordering
    class Bad:
        pass
except ValueError as e:
    print(e)

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
c.area = 5
print(c.area)

def cmp(a, b):
    return (a > b) - (a < b)

print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted("bca", key=cmp_to_key(lambda a, b: cmp(b, a))))

@singledispatch
def show(x):
    return f"object {x!r}"

@show.register(int)
def _(x):
    return f"int {x}"

@show.register(list)
def _(x):
    return f"list of {len(x)}"

print(show(1), show([1, 2]), show("s"), show(True))

class Greeter:
    def greet(self, greeting, name):
        return f"{greeting}, {name}"
    hi = functools.partialmethod(greet, "hi")

print(Greeter().hi("bob"))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
