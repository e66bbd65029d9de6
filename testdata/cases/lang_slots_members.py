class V:
    __slots__=("x","y")
    def __init__(self): self.x = 1
v=V()
for expr in ["v.x", "v.y", "v.__dict__", "V.x", "vars(v)", "type(V.x).__name__", "V.x.__get__(v)", "'x' in dir(v)", "v.__slots__", "V.__dict__['x']"]:
    try: print(expr, "=", eval(expr))
    except Exception as e: print(expr, "!", type(e).__name__, e)
try:
    v.z = 3
except AttributeError as e: print("set z", e)
del v.x
try: del v.x
except AttributeError as e: print("del x", e)
try: v.x
except AttributeError as e: print("get x", e)
print(hasattr(v,"x"), getattr(v,"x",5))
setattr(v, "y", 7); print(v.y)
class W(V):
    pass
w = W(); w.z = 5; w.y = 2; print(w.__dict__, w.x, w.y)
class X(V):
    __slots__ = ("z",)
x = X(); x.z=1; x.y=2; print(x.x, x.y, x.z)
try: x.q=1
except AttributeError as e: print(e)
class P:
    __slots__ = ("a",)
    @property
    def b(self): return self.a * 2
p = P(); p.a = 4; print(p.b)
class Q:
    __slots__ = "a"
q = Q(); q.a = 1; print(q.a)
class R:
    __slots__ = ("a", "__dict__")
r = R(); r.a = 1; r.b = 2; print(r.__dict__, r.a)
# class attribute shadows
class S:
    __slots__ = ("a",)
S.a = 5  # replaces the member descriptor
s = S()
print(s.a)
try: s.a = 3
except AttributeError as e: print("ro", e)
class T: __slots__ = ()
t = T()
try: t.x = 1
except AttributeError as e: print(e)
v2 = V(); v2.__class__ = V
class V2:
    __slots__=("x","y")
v2.__class__ = V2; print(type(v2).__name__, v2.x)
class V3:
    __slots__=("y","x")
try: v2.__class__ = V3
except TypeError as e: print(e)

# An unset slot falls back to __getattr__.
class G:
    __slots__ = ("a",)
    def __getattr__(self, name):
        return "fallback " + name
g = G()
print(g.a)
g.a = 1
print(g.a)

# Properties with setters beside slots.
class Temp:
    __slots__ = ("_c",)
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
t = Temp(100)
print(t.f)
t.f = 32
print(t._c, t.f)

# Private names are mangled.
class M:
    __slots__ = ("__p", "q")
    def __init__(self): self.__p = 1; self.q = 2
    def get(self): return self.__p
m = M()
print(m.get(), m._M__p, sorted(k for k in M.__dict__ if not k.startswith("__") or k == "__slots__"))

# dir() and descriptors.
print([n for n in dir(m) if not n.startswith("__")])
print(repr(M.q), M.q.__name__, M.q.__objclass__.__name__)
print(M.q.__get__(None, M) is M.q)
M.q.__set__(m, 9)
print(m.q)
M.q.__delete__(m)
print(hasattr(m, "q"), hasattr(m, "__dict__"))
try:
    M.q.__get__(5)
except TypeError as e:
    print(e)
try:
    M.q.__set__("s", 1)
except TypeError as e:
    print(e)
object.__setattr__(m, "q", 4)
print(object.__getattribute__(m, "q"))
object.__delattr__(m, "q")
try:
    object.__delattr__(m, "q")
except AttributeError as e:
    print("object.__delattr__", e)
delattr(m, "_M__p") if hasattr(m, "_M__p") else None
print(getattr(m, "_M__p", "gone"))

# copy and deepcopy.
import copy
class Pt:
    __slots__ = ("x", "y", "tags")
    def __init__(self, x, y): self.x = x; self.y = y; self.tags = [x]
p1 = Pt(1, 2)
p2 = copy.copy(p1)
p3 = copy.deepcopy(p1)
print(p2.x, p2.y, p2.tags is p1.tags, p3.tags == p1.tags, p3.tags is p1.tags)
half = Pt.__new__(Pt)
half.x = 5
h2 = copy.copy(half)
print(h2.x, hasattr(h2, "y"))

# Layouts: bases with slots, conflicts.
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class AB(A, B):
        pass
except TypeError as e:
    print("AB", e)
class E:
    __slots__ = ()
class AE(A, E):
    __slots__ = ("e",)
ae = AE(); ae.a = 1; ae.e = 2
print(ae.a, ae.e, hasattr(ae, "__dict__"))
class A2(A):
    __slots__ = ("a",)
a2 = A2(); a2.a = 7
try:
    print(a2.a, A.a.__get__(a2, A2))
except AttributeError as e:
    print("A.a", e)
A.a.__set__(a2, 8)
print(a2.a, A.a.__get__(a2))

# The caches see class changes: a slot replaced by a class attribute,
# then restored.
class C:
    __slots__ = ("v",)
    def __init__(self, v): self.v = v
def read(objs):
    return [o.v for o in objs]
def write(objs, x):
    for o in objs:
        o.v = x
cs = [C(i) for i in range(3)]
for _ in range(3):
    print(read(cs))
    write(cs, 7)
member = C.__dict__["v"]
C.v = "class value"
print(read(cs))
try:
    write(cs, 1)
except AttributeError as e:
    print(e)
C.v = member
print(read(cs))
write(cs, 3)
print(read(cs))
del C.v
try:
    read(cs)
except AttributeError as e:
    print(e)

# A subclass overriding a slot with a property.
class D(C):
    __slots__ = ()
    @property
    def v(self): return "prop"
print(D.__new__(D).v)

# __class__ assignment between compatible layouts keeps the values.
class K1:
    __slots__ = ("u", "w")
class K2:
    __slots__ = ("w", "u")
k = K1(); k.u, k.w = 1, 2
k.__class__ = K2
print(type(k).__name__, k.u, k.w)
class K3:
    __slots__ = ("u",)
try:
    k.__class__ = K3
except TypeError as e:
    print(e)

# Slots holding many names, and a __dict__ slot.
class Many:
    __slots__ = tuple("abcdefg")
    def __init__(self):
        for i, n in enumerate(self.__slots__):
            setattr(self, n, i)
mm = Many()
print([getattr(mm, n) for n in "abcdefg"])
class WD:
    __slots__ = ("s", "__dict__", "__weakref__")
wd = WD(); wd.s = 1; wd.t = 2
print(wd.__dict__, vars(wd), wd.s)
try:
    class Bad:
        __slots__ = (1,)
except TypeError as e:
    print(e)
try:
    class Bad2:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(e)
