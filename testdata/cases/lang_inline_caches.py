# The VM caches name and attribute lookups per instruction; every change
# a program can make must still be seen at once.

def show_len(x):
    return len(x)

print(show_len("abc"))
len = lambda x: "shadowed"          # a global now hides the builtin
print(show_len("abc"))
del len                              # and the builtin is back
print(show_len("abc"))

import builtins
def use_abs():
    return abs(-3)
print(use_abs())
builtins.abs = lambda x: "patched builtin"
print(use_abs())
del builtins.abs
try:
    use_abs()
except NameError as e:
    print("NameError:", e)

counter = 0
def bump():
    global counter
    counter += 1
    return counter
for _ in range(3):
    bump()
print(counter)
globals()["counter"] = 100
print(bump())
del globals()["counter"]
try:
    bump()
except NameError as e:
    print("NameError:", e)


class A:
    kind = "class attr"

    def greet(self):
        return "A.greet"


def read(o):
    return o.kind, o.greet()


a = A()
print(read(a))
a.kind = "instance attr"
print(read(a))
a.greet = lambda: "instance callable"
print(read(a))
del a.kind, a.greet
print(read(a))
A.kind = "changed class attr"
A.greet = lambda self: "replaced method"
print(read(a))


class B(A):
    pass


b = B()
print(read(b))
A.greet = lambda self: "base changed"
print(read(b))
B.greet = lambda self: "subclass override"
print(read(b))
A.kind = property(lambda self: "now a property")
print(read(b))
del A.kind
try:
    read(b)
except AttributeError as e:
    print("AttributeError:", e)


class C:
    def __init__(self, v):
        self.v = v


def set_and_get(o, v):
    o.v = v
    return o.v


cs = [C(i) for i in range(3)]
print([set_and_get(c, c.v * 10) for c in cs])
C.__setattr__ = lambda self, name, value: object.__setattr__(self, name, ("via __setattr__", value))
print(set_and_get(cs[0], 1))
del C.__setattr__
print(set_and_get(cs[0], 2))
C.__getattribute__ = lambda self, name: ("via __getattribute__", name)
print(set_and_get(cs[1], 3))
del C.__getattribute__
print(set_and_get(cs[1], 4))
C.v = property(lambda self: "read-only property")
try:
    set_and_get(cs[2], 5)
except AttributeError as e:
    print("AttributeError:", e)
del C.v
print(set_and_get(cs[2], 6))


class D:
    __getattr__ = lambda self, name: "fallback " + name


d = D()
print([getattr(d, n) for n in ("x", "y")], d.z)
d.z = "set"
print(d.z)


class S:
    __slots__ = ("x",)


def set_slot(o, name, v):
    setattr(o, name, v)
    return o.x


s = S()
print(set_slot(s, "x", 1))
try:
    s.y = 2
except AttributeError as e:
    print("AttributeError:", e)


# Instances with different key orders share a class but not a layout.
class P:
    pass


p1, p2 = P(), P()
p1.a, p1.b = 1, 2
p2.b, p2.a = 3, 4
print([(p.a, p.b) for p in (p1, p2)])
del p1.a
p1.a = 5
print([(p.a, p.b) for p in (p1, p2)])

# Methods of builtin values through LOAD_METHOD.
items = []
for v in ("x", "y"):
    items.append(v.upper())
print(items, "-".join(items), {1: 2}.get(1), (1, 2).index(2))


# __class__ assignment switches the cached class.
class E1:
    def who(self):
        return "E1"


class E2:
    def who(self):
        return "E2"


e = E1()
out = []
for cls in (E1, E2, E1):
    e.__class__ = cls
    out.append(e.who())
print(out)


# Calling a class after its __init__ or __new__ changed.
class K:
    def __init__(self):
        self.tag = "first init"


print(K().tag)
K.__init__ = lambda self: setattr(self, "tag", "second init")
print(K().tag)
K.__new__ = lambda cls: "from __new__"
print(K())

for bad in (5, int, S):
    try:
        e.__class__ = bad
    except TypeError as exc:
        print("TypeError:", exc)


class R:
    @property
    def ro(self):
        return 1

    wo = property(None, lambda self, v: None)


r = R()
for action in (lambda: setattr(r, "ro", 2), lambda: delattr(r, "ro"), lambda: r.wo):
    try:
        action()
    except AttributeError as exc:
        print("AttributeError:", exc)


# Module attributes through the same instructions.
import math


def read_pi():
    return math.pi


def call_floor(x):
    return math.floor(x)


print(read_pi(), call_floor(2.5))
math.pi, math.floor = 3, lambda x: "patched floor"
print(read_pi(), call_floor(2.5))
del math.pi
try:
    read_pi()
except AttributeError as exc:
    print("AttributeError:", exc)
math.pi = "back"
print(read_pi())
for obj in (math, e, math):
    try:
        print(type(obj).__name__, obj.pi)
    except AttributeError as exc:
        print("AttributeError:", exc)
