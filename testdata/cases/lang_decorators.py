def trace(fn):
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args, kwargs)
        r = fn(*args, **kwargs)
        print('returned', r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(1, b=2)
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        return wrapper
    return deco
@repeat(3)
def hello(n):
    """Say hi."""
    return 'hi ' + n
print(hello('bob'), hello.__name__, hello.__doc__)
def bold(fn):
    return lambda: '<b>' + fn() + '</b>'
def italic(fn):
    return lambda: '<i>' + fn() + '</i>'
@bold
@italic
def text():
    return 'txt'
print(text())
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Widget:
    pass
print(registry, Widget.registered)
def counter(fn):
    count = 0
    def w(*a):
        nonlocal count
        count += 1
        w.calls = count
        return fn(*a)
    w.calls = 0
    return w
@counter
def noop(): pass
noop(); noop()
print(noop.calls)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
