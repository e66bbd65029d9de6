import os
import os.path as osp, sys
from . import a
from .. import b as c
from ...pkg.mod import (x, y as z,)
from mod import *
from .mod import q
global g1, g2
x = 1
x = y = z = 2
a, b = b, a
[a, *b] = c
(a, b), c = d
x.y = 1
x[0] = 1
x[1:2] = [3]
x: int
x: int = 5
(x): int = 5
x.y: str = "s"
x[0]: float
a += 1; b -= 2; c *= 3; d @= 4; e /= 5; f %= 6
g &= 7; h |= 8; i ^= 9; j <<= 10; k >>= 11; l **= 12; m //= 13
del a, b[0], c.d
del (a, b), [c]
pass
assert x, "msg"
assert y
raise
raise E
raise E from None
if a:
    pass
elif b:
    pass
elif c: pass
else:
    pass
while x:
    break
else:
    continue
for i in range(10):
    pass
else:
    pass
for a, b in items: pass
for (a, b), *c in z: pass
for x, in y: pass
with a: pass
with a as b, c as d: pass
with (a as b, c as d,): pass
with (a, b) as c: pass
with (yield): pass
with (open(f)) as g, h: pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass
def f(): pass
def g(a, b=1, *args, c, d=2, **kwargs) -> int:
    nonlocal q
    return a
def h(a, /, b, *, c): return
def k(a=1, /, b=2, *, c=3, d): pass
def m(*, a): pass
def n(**kw): pass
def o(a: int, *args: str, b: "x" = 3, **kw: dict) -> None: pass
@dec
@dec.attr(1, x=2)
@(lambda f: f)
def decorated(): pass
class A: pass
class B(A, metaclass=M, **kw):
    x = 1
    def method(self): return self.x
@cls_dec
class C(): pass
async def coro():
    await x
    async for i in aiter():
        pass
    else:
        pass
    async with a as b, c:
        pass
    async with (a as b):
        pass
    return [i async for i in y]
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from z
    await_ = (yield)
match = 1
match.x = 2
case = match
_ = case
print(match, case, _)
if True:
    if False:
        pass
    # comment
        # odd comment
    x = 1

x = (1 +
     2)
y = 1 + \
    2
z = [
    1,
    2,
]
