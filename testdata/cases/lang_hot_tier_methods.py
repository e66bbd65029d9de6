# Method calls through the VM's hot tier, and everything that makes it hand
# the call back: shadowing, defaults, replaced methods, builtin methods.
class C:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def add(self, k=1):
        return self.n + k


def total(objs):
    t = 0
    for o in objs:
        t += o.get()
        t += o.add()
        t += o.add(10)
    return t


objs = [C(i) for i in range(5)]
print(total(objs))
objs[2].get = lambda: 100          # an instance attribute shadows the method
print(total(objs))
C.get = lambda self: -self.n       # the class changes
print(total(objs))
del objs[2].get
print(total(objs))


class S:
    def __init__(self, s):
        self.s = s

    def upper(self):
        return "S:" + self.s.upper()


def uppers(words):
    out = []
    for w in words:
        out.append(w.upper())
    return out


print(uppers(["a", "b", S("c"), "d"]))
words = ["x"] * 3
print(uppers(words))
try:
    uppers([1])
except AttributeError as e:
    print("AttributeError", e)


def rec(o, n):
    if n == 0:
        return o.get()
    return rec(o, n - 1)


try:
    rec(C(1), 2000)
except RecursionError as e:
    print("RecursionError", e)
print(rec(C(3), 50))


class K:
    def m(self, *args):
        return len(args)

    def kw(self, a, *, b=2):
        return a + b


k = K()
print(sum(k.m(1, 2) for _ in range(3)), k.kw(1), k.kw(1, b=5))


# Class calls run __init__ in place; these hand the call back.
class Bad:
    def __init__(self):
        return 1


class Opt:
    def __init__(self, a, b=2):
        self.s = a + b


class New:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.x = x * 2
        return o

    def __init__(self, x):
        self.y = x


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


def make(n):
    out = []
    for i in range(n):
        out.append(C(i).get() + Opt(i).s + Opt(i, 0).s + New(i).x + New(i).y)
    return out


print(make(4))
try:
    for i in range(3):
        Bad()
except TypeError as e:
    print("TypeError", e)
try:
    Deep(5000)
except RecursionError as e:
    print("RecursionError", e)
d = Deep(100)
n = 0
while d is not None:
    d, n = d.child, n + 1
print(n)
