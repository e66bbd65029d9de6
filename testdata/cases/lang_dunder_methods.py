class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Vec({self.x}, {self.y})'
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o): return abs(self) < abs(o)
    def __hash__(self): return hash((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __contains__(self, v): return v in (self.x, self.y)
    def __call__(self, s): return Vec(self.x * s, self.y * s)
    def __format__(self, spec): return f'<{self.x:{spec}}, {self.y:{spec}}>'
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, w - v, v * 3, 3 * v, -v, abs(w), v == Vec(1, 2), v != w, v < w, sorted([w, v]))
print(len({v, Vec(1, 2), w}), bool(Vec(0, 0)), bool(v), v[0], list(v), 2 in v, 5 in v, v(10))
print(f'{v:.1f}', format(w, '03d'), max(v, w), min([w, v]), v > w)
u = v
u += w
print(u is v, v)
x, y = v
print(x, y)
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * 10
print(list(Seq(3)), 20 in Seq(3), [*Seq(2)], len(Seq(5)), reversed(Seq(3)).__class__.__name__, list(reversed(Seq(3))))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), dict(zip(Countdown(2), 'ab')))
class Dyn:
    def __getattr__(self, name): return f'dyn_{name}'
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('del', name)
d = Dyn()
d.real = 5
print(d.real, d.fake, getattr(d, 'other'))
del d.real
class Ctx:
    def __enter__(self): print('enter'); return 'value'
    def __exit__(self, *exc): print('exit', exc[0]); return True
with Ctx() as val:
    print(val)
    raise ValueError
print('suppressed')
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(1), Cmp(1) == 1)
try:
    Cmp(1) < Cmp(2)
except TypeError as e:
    print(e)
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
    def __index__(self): return self.v
    def __str__(self): return 'Num!'
    def __repr__(self): return 'Num()'
n = Num(3)
print(int(n), float(n), [0, 1, 2, 3][n], hex(n), str(n), repr(n), [n], '%s %r' % (n, n))
class Hashless:
    def __eq__(self, o): return True
try:
    hash(Hashless())
except TypeError as e:
    print(e)
