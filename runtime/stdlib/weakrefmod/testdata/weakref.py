import weakref

class A:
    pass

a = A()
r = weakref.ref(a)
print(r() is a, callable(r), isinstance(r, weakref.ref))
ws = weakref.WeakSet()
ws.add(a)
print(len(ws), a in ws, list(ws) == [a])
wv = weakref.WeakValueDictionary()
wv["k"] = a
print(wv["k"] is a, "k" in wv, len(wv), wv.get("z"))
calls = []
f = weakref.finalize(a, calls.append, "fin")
print(f.alive, f(), calls, f.alive, f())
p = weakref.proxy(a)
a.x = 5
print(p.x)
