import asyncio

async def work(i):
    return i

def rebind_local():
    c = None
    for i in range(3):
        c = work(i)          # the previous coroutine is dropped here
    c.close()
    return "local done"
print(rebind_local())

def pop_top():
    for i in range(2):
        work(i)              # POP_TOP of a coroutine
    return "pop done"
print(pop_top())

gens = [work(1), work(2)]
for g in gens:
    pass
for g in gens:
    g.close()
gens = None
print("global loop done")

def truth(v):
    n = 0
    for i in range(3):
        if v:
            n += 1
    return n
print(truth(True), truth(0), truth(7), truth(None), truth([]), truth("x"), truth(2.5))

def floats(n):
    x = 0.0
    for i in range(n):
        x = x + 0.5
        x = x * 1.0
    return x, x / 2, 1.5 - x
print(floats(5))
def div(a, b):
    return a / b
for b in (2, 2.0, 0.0, 0):
    try:
        print(div(1.0, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)

G = 5
def useg():
    t = 0
    for i in range(3):
        t += G
    return t
print(useg())
del G
try:
    useg()
except NameError as e:
    print("NameError", e)
G = "ab"
try:
    useg()
except TypeError as e:
    print("TypeError", e)

def big(n):
    x = 1
    for i in range(n):
        x = x + x
    return x
print(big(70))
def neg(n):
    if n < 0:
        return -1
    return neg(n - 9223372036854775807)
print(neg(5))

class P:
    __slots__ = ("a",)
    def __init__(self, a):
        self.a = a
class D:
    def __init__(self, a):
        self.a = a
def bump(o, n):
    for i in range(n):
        o.a = o.a + 1
    return o.a
print(bump(P(1), 3), bump(D(1), 3))
d = D(1)
bump(d, 2)
del d.a
try:
    bump(d, 1)
except AttributeError as e:
    print("AttributeError", e)
d.__dict__["a"] = 10
print(bump(d, 1))
p = P(0)
del p.a
try:
    bump(p, 1)
except AttributeError as e:
    print("AttributeError", e)

def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1
print(deep(900))
try:
    deep(5000)
except RecursionError as e:
    print("RecursionError", e)
print(deep(10))

total = 0
for i in range(10):
    if i % 2 == 0:
        total += i
    else:
        total -= 1
print(total)

async def main():
    loop = asyncio.get_running_loop()
    for i in range(3):
        f = loop.create_future()   # the previous one is dropped here
        f.set_exception(ValueError(i))
        print("made", i)
    f = None
    print("futures dropped")
asyncio.run(main())
