# Class-protocol corners: super() reprs, keywords reaching
# object.__init_subclass__, __slots__ validation errors, method calls
# through a custom __getattribute__, != falling back through __eq__ on
# both sides, __len__ results past ssize_t, str() of a non-string
# __repr__, and unpacking a class whose __iter__ is None.
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class D(B): pass
print(repr(super(B, D())))
print(repr(super(D)))
print(repr(super(B, D)))

class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
try:
    class S3(Base, bogus=1): pass
except TypeError as e:
    print(e)
def f():
    class Inner(flag=True): pass
t(f)

t(lambda: type("Q", (), {"__slots__": ("1a",)}))
t(lambda: type("Q", (), {"__slots__": ("__dict__", "__dict__")}))
t(lambda: type("Q", (), {"__slots__": ("__weakref__", "__weakref__")}))
class Plain: pass
t(lambda: type("Q", (Plain,), {"__slots__": ("__dict__",)}))
t(lambda: type("Q", (Plain,), {"__slots__": ("__weakref__",)}))
t(lambda: type("Q", (int,), {"__slots__": ("a",)}))
t(lambda: type("Q", (tuple,), {"__slots__": ("a",)}))
t(lambda: type("Q", (int,), {"__slots__": ()}))

class GAT:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def m(self): return "m"
print(GAT().m())

class V:
    def __eq__(self, o):
        print("V.eq", type(o).__name__)
        return NotImplemented
class W(V):
    def __eq__(self, o):
        print("W.eq", type(o).__name__)
        return NotImplemented
print(V() != V())
a = V()
print(a != a)
print(V() != W())
print(W() != 3)
print(object.__ne__(V(), 3))
print(object.__ne__(3, 3), object.__ne__(3, 4))

class T5:
    def __len__(self): return 2**70
class T6:
    def __len__(self): return -2**70
class T7:
    def __len__(self): return True
t(len, T5())
t(bool, T5())
t(len, T6())
t(len, T7())

class R3:
    def __repr__(self): return 5
t(repr, R3())
t(str, R3())
t(lambda: f"{R3()}")

class NoIt:
    __iter__ = None
t(lambda: [*NoIt()])
t(lambda: print(*NoIt()))
t(lambda: [*5])
