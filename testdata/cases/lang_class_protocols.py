class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f'Money({self.cents})'
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, other): return Money(self.cents - other.cents)
    def __truediv__(self, n): return Money(self.cents // n)
    def __floordiv__(self, n): return self.cents // n
    def __mod__(self, n): return self.cents % n
    def __divmod__(self, n): return divmod(self.cents, n)
    def __pow__(self, n, mod=None): return ('pow', n, mod)
    def __rpow__(self, base): return ('rpow', base)
    def __matmul__(self, o): return 'matmul'
    def __lshift__(self, n): return Money(self.cents << n)
    def __and__(self, o): return 'and'
    def __or__(self, o): return 'or'
    def __xor__(self, o): return 'xor'
    def __invert__(self): return 'invert'
    def __pos__(self): return 'pos'
    def __round__(self, nd=None): return ('round', nd)
    def __lt__(self, o): return self.cents < o.cents
    def __le__(self, o): return self.cents <= o.cents
    def __eq__(self, o): return isinstance(o, Money) and self.cents == o.cents
    def __hash__(self): return hash(self.cents)
print(Money(5) + Money(7), Money(5) + 3, 3 + Money(5), sum([Money(1), Money(2)]), Money(9) - Money(4))
print(Money(10) / 3, Money(10) // 3, Money(10) % 3, divmod(Money(10), 3), Money(2) ** 3, pow(Money(2), 3, 5), 2 ** Money(1))
print(Money(1) @ Money(2), Money(1) << 2, Money(1) & 1, Money(1) | 1, Money(1) ^ 1, ~Money(1), +Money(1), round(Money(1)), round(Money(1), 2))
print(sorted([Money(3), Money(1), Money(2)]), max(Money(3), Money(9)), Money(1) <= Money(1), Money(2) >= Money(1), Money(1) > Money(0))
print(Money(1) == Money(1), Money(1) != Money(2), len({Money(1), Money(1)}), Money(1) in [Money(1)])
try:
    Money(1) + 'x'
except TypeError as e:
    print(e)
try:
    'x' + Money(1)
except TypeError as e:
    print(e)
m = Money(1)
m += Money(2)
print(m)
class Temp:
    def __init__(self): self._c = 0
    def __getattribute__(self, name):
        if name == 'secret':
            return 42
        return object.__getattribute__(self, name)
print(Temp().secret, Temp()._c)
class Typed:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, int): raise TypeError(f'{self.name[1:]} must be int')
        setattr(obj, self.name, value)
class Point:
    x = Typed()
    y = Typed()
p = Point()
print(p.x)
p.x = 3
print(p.x, type(Point.x).__name__)
try:
    p.y = 'a'
except TypeError as e:
    print(e)
class Box:
    def __class_getitem__(cls, item): return f'Box[{item.__name__}]'
print(Box[int], list[int], dict[str, int], tuple[int, ...])
class Truthy:
    def __len__(self): return 0
print(bool(Truthy()), 'yes' if Truthy() else 'no')
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(Rev())))
class Gen:
    def __iter__(self):
        yield 'a'
        yield 'b'
print(list(Gen()), 'a' in Gen(), dict.fromkeys(Gen()))
class Base:
    @classmethod
    def create(cls): return cls()
    @staticmethod
    def helper(x): return x * 2
class Derived(Base): pass
print(type(Derived.create()).__name__, Derived().helper(4), Base.helper(1))
class A:
    def hello(self): return 'A'
class B(A):
    def hello(self): return 'B>' + super(B, self).hello()
print(B().hello(), super(B, B()).hello())
print(repr(object.__new__(A))[:20], A.__module__, A.__qualname__, A.hello.__qualname__)
class Ordered:
    def __init__(self): self.__dict__['log'] = []
    def __setattr__(self, k, v): self.log.append(k); super().__setattr__(k, v)
o = Ordered(); o.a = 1; o.b = 2
print(o.log, o.__dict__)
class Priv:
    def __init__(self): self.__hidden = 1
    def get(self): return self.__hidden
pv = Priv()
print(pv.get(), pv._Priv__hidden, hasattr(pv, '__hidden'))
