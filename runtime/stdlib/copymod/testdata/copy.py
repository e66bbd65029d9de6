import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items
    def __repr__(self):
        return f"P({self.x}, {self.items})"
p = P(1, [1, 2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.items.append(3)
print(p, q, r, q.items is p.items, r.items is p.items, type(r).__name__)
class Custom:
    def __copy__(self):
        return "copied"
    def __deepcopy__(self, memo):
        return "deep"
print(copy.copy(Custom()), copy.deepcopy(Custom()))
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc[0])
d = {"a": {1, 2}, "b": (1, [2])}
dc = copy.deepcopy(d)
print(dc, dc["b"][1] is d["b"][1])
dq = deque([[1]], maxlen=3)
dd = defaultdict(list, {"x": [1]})
od = OrderedDict(a=[1])
cn = Counter("aab")
Pt = namedtuple("Pt", "x y")
pt = Pt([1], 2)
for obj in [dq, dd, od, cn, pt]:
    s, dp = copy.copy(obj), copy.deepcopy(obj)
    print(type(s).__name__, s, dp, s == obj, dp == obj)
print(copy.deepcopy(dd)["x"] is dd["x"], copy.copy(dd)["x"] is dd["x"], copy.deepcopy(pt).x is pt.x)
print(copy.copy(5), copy.copy("s"), copy.copy(None), copy.copy(len) is len, copy.deepcopy(P) is P)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s)
