x = [
    1,  # one
    2,
]
result = (a
          + b
          * c)
call(
    a,
    *b,
    key=value,
    **kw
)
s = ("abc"
     "def"
     f"{x}"
     'ghi')
t = """line1
line2""" + 'x'
v = x if \
    y else z
@decorator(
    arg,
)
def f(
    a,
    b: int = 3,
    *args,
    c,
    **kw,
) -> "ret":
    """docstring"""
    def inner():
        return (yield)
    return inner
class K(
    Base,
    metaclass=Meta,
):
    attr: int = 0
    def m(self): ...
lam = lambda: (
    1
)
d = {
    'a': 1,
    **other,
}
comp = [
    x
    for x in y
    if x
]
sub = a[
    1:2,
    ::3,
]
chain = (a.
         b.
         c())
n = -(-1)
n = - 1
n = not(x)
n = (not x)
g = (x for x in y), 2
t2 = (1, 2), (3,)
e = ()
assert (x,
        y)
x = f"{a!r:>{10}}" f'{b}' "c"
y = f"""
    {x
     + y}
    text {z}
"""
z = f'{x}' \
    f'{y}'
w = [f'{i}' for i in range(3)]
import a.b.c as d
from a.b import (c as d,
                 e)
if x: y = 1; z = 2;
while 1: pass
for i in range(3): print(i); continue
try: pass
except E as e: pass
finally: pass
with a as (b, c): pass
with a as [b, *c]: pass
with a as b.c: pass
with a as b[0]: pass
x = yield_ = 3
print(*a, *b, **c, **d)
f(a)[b](c)
a @ b
a @= b
