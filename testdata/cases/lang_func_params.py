def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def defaults(x, lst=[]):
    lst.append(x)
    return lst
print(defaults(1), defaults(2))
args = (1, 2)
kwargs = {'c': 9, 'z': 0}
print(f(*args, **kwargs))
print(f(*[1], *[2, 3], c=1, **{'q': 1}, **{'r': 2}))
print(max(*[3, 1, 2]), print(*'abc', sep='-'))
def kwonly(*, a, b=1): return a + b
print(kwonly(a=1))
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: pos(1, b=2, c=3, d=4),
    lambda: kwonly(1),
    lambda: kwonly(a=1, zz=2),
    lambda: defaults(1, 2, 3),
    lambda: defaults(),
    lambda: f(1, a=1, c=1),
    lambda: (lambda x, y: 0)(1),
    lambda: (lambda x, y, z: 0)(),
    lambda: kwonly(),
    lambda: len(),
    lambda: len([], []),
    lambda: pos(1, 2, 3, 4),
    lambda: int(x=1),
    lambda: f(1, **{'c': 1}, **{'c': 2}),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: print(sepp=1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print('TypeError:', e)
def outer():
    def inner(): pass
    return inner
print(outer().__name__, outer().__qualname__, f.__name__, f.__defaults__, kwonly.__kwdefaults__)
def annotated(x: int, y: 'str' = 'a') -> bool:
    """Docstring here."""
    return True
print(annotated.__doc__, annotated.__annotations__)
sq = lambda x, *a, k=2, **kw: x ** k
print(sq(3), sq(3, k=3), (lambda: None)())
print((lambda *a, **k: (a, k))(1, x=2))
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(20))
