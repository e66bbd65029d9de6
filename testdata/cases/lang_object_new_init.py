# object.__new__/object.__init__ with extra arguments (the rules of
# typeobject.c's object_new/object_init), type()'s argument type errors,
# and the slot-wrapper / method-wrapper reprs of builtin dunders.
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

class S1:
    def __new__(cls, *a, **k): return super().__new__(cls, *a, **k)
    def __init__(self, x): pass
t(S1, 1)
class S2:
    def __new__(cls, *a, **k): return super().__new__(cls, *a, **k)
t(S2, 1)
t(S2)
class S3:
    def __init__(self, *a): super().__init__(*a)
t(S3, 1)
t(S3)
class S4:
    def __init__(self, *a, **k): super().__init__(**k)
t(S4, x=1)
class P: pass
t(object.__new__, P, 1)
t(object.__new__, P, x=1)
t(object.__init__, P(), 1)
t(P().__init__, 1)
class PI:
    def __init__(self, a): pass
t(object.__new__, PI, 1)
class PN:
    def __new__(cls, a): return object.__new__(cls)
t(object.__init__, PN(1), 1)
t(PN, 1)
t(int.__init__, 5, 3)

t(type, 1, (), {})
t(type, "X", [], {})
t(type, "X", (), [])
t(type, "X", (1,), {})

class K:
    def m(self): pass
print(repr(int.__add__), repr(str.__len__), repr(K.__init__), repr(K.__str__))
print(repr(list.__getitem__), repr(dict.__contains__), repr(tuple.__getitem__))
print(repr(str.join), repr(int.__format__), repr(object.__dir__))
print(repr(type.__call__), repr(object.__eq__))
b = repr((1).__add__)
print(b[:b.index(" at ")])
b = repr(K().__str__)
print(b[:b.index(" at ")])
b = repr([].__getitem__)
print(b[:b.index(" at ")])
b = repr([].__len__)
print(b[:b.index(" at ")])
