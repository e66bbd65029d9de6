# Dicts far bigger than one chunk of entries (runtime/py/dict.go): order,
# lookups, deletions and the holes they leave, resizes that squeeze them
# out, iteration, reversal, popitem, copies, str keys, globals and
# attributes found past the first chunk.
N = 20000
d = {}
for i in range(N):
    d[i] = i * i
print(len(d), d[0], d[4095], d[4096], d[N - 1], sum(d.values()) % 1000003)
for i in range(0, N, 3):
    del d[i]
print(len(d), list(d)[:3], list(d)[-3:], 4096 in d, 4097 in d)
for i in range(N, N + 10000):       # grows again: the holes go
    d[i] = -i
keys = list(d)
print(len(d), keys[:3], keys[6660:6663], keys[-3:])
print(next(reversed(d)), list(reversed(d))[13000], d.popitem(), len(d))
c = d.copy()
print(c == d, len(c), list(c.items())[9000])
s = {f"k{i}": i for i in range(N)}
print(s["k0"], s["k4096"], s["k19999"], "k20000" in s, sum(1 for k in s if k.endswith("7")))
for k in list(s)[::2]:
    s.pop(k)
print(len(s), list(s.items())[:2], list(s.keys())[-2:])
it = iter(d)
next(it)
d[-1] = 0
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
d.clear()
print(len(d), list(d), d.get(5))
for i in range(5000):
    d[str(i)] = i
print(len(d), d["4999"], list(d)[4095:4098])

# Globals past the first chunk: the inline caches' positions.
g = globals()
for i in range(6000):
    g[f"v{i}"] = i


def read():
    return v0 + v4095 + v4096 + v5999


print(read(), read())
v5999 = 1
print(read())
del g["v4096"]
try:
    read()
except NameError as e:
    print("NameError", e)


class A:
    pass


a = A()
for i in range(5000):
    setattr(a, f"x{i}", i)


def attrs(o):
    t = 0
    for _ in range(3):
        t += o.x0 + o.x4999
        o.x4999 += 1
    return t


print(attrs(a), a.x4999, len(vars(a)))
