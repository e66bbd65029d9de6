class Animal:
    kind = 'animal'
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f'{self.name} makes a sound'
    def __repr__(self):
        return f'{type(self).__name__}({self.name!r})'
    def __str__(self):
        return f'<{self.name}>'
class Dog(Animal):
    kind = 'dog'
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + ' (woof)'
d = Dog('Rex', 'lab')
a = Animal('Cat')
print(d.speak(), a.speak(), Animal.count, d.kind, a.kind, Dog.count)
print(repr(d), str(d), d, [d], f'{d}', f'{d!r}')
print(isinstance(d, Animal), issubclass(Dog, Animal), type(d) is Dog, Dog.__bases__, Dog.__mro__)
print(Dog.__name__, Dog.__qualname__, d.__class__, d.__dict__, Dog.speak)
print(hasattr(d, 'breed'), getattr(d, 'nope', 'default'), vars(a))
setattr(a, 'age', 3)
delattr(a, 'name')
print(vars(a))
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super().who()
class C(A):
    def who(self): return 'C' + super().who()
class D(B, C):
    def who(self): return 'D' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        'the x'
        return self._x
    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError('negative')
        self._x = v
    @x.deleter
    def x(self):
        print('deleting')
    @staticmethod
    def smeth(a): return a * 2
    @classmethod
    def make(cls): return cls()
p = P()
p.x = 5
print(p.x, P.smeth(2), p.smeth(3), type(P.make()).__name__, P.x.__doc__)
del p.x
try:
    p.x = -1
except ValueError as e:
    print('ValueError', e)
class RO:
    @property
    def v(self): return 1
try:
    RO().v = 2
except AttributeError as e:
    print(e)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
print(s.a, Slotted.__slots__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__, type(type), type(int))
class WithNew:
    def __new__(cls, *a):
        print('new', cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, v):
        print('init', v)
WithNew(5)
print(object(), type('Dyn', (), {'z': 1})().z)
class Empty: pass
e = Empty()
print(e == e, e != Empty(), bool(e), hash(e) == hash(e))
print(Animal.__init__, Dog.__doc__, Animal.__module__)
