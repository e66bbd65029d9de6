class Base:
    def __init__(self, **kwargs):
        print('Base init, leftover:', kwargs)
        super().__init__()
class Named(Base):
    def __init__(self, name, **kwargs):
        print('Named init', name)
        self.name = name
        super().__init__(**kwargs)
class Aged(Base):
    def __init__(self, age, **kwargs):
        print('Aged init', age)
        self.age = age
        super().__init__(**kwargs)
class Person(Named, Aged):
    def __init__(self, **kwargs):
        print('Person init')
        super().__init__(**kwargs)
p = Person(name='Ann', age=30, extra=1)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
class Shape:
    sides = 0
    def describe(self):
        return f'{type(self).__name__} with {self.sides} sides, area {self.area():.2f}'
    def area(self):
        raise NotImplementedError('subclass must implement area')
class Square(Shape):
    sides = 4
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
for s in [Square(2), Circle(1)]:
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print('NotImplementedError:', e)
class Mixin:
    def greet(self): return 'hi from ' + self.__class__.__name__
class Child(Mixin, Square): pass
c = Child(3)
print(c.greet(), c.area(), isinstance(c, Shape), Child.__bases__, issubclass(Child, (Mixin, int)))
print(super(Square, c).area is not None, Square.area(c), Shape.describe(c))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
objs = [Counter() for _ in range(3)]
print([o.id for o in objs], Counter.count, objs[0].count)
objs[0].count = 99
print(objs[0].count, Counter.count, objs[1].count)
class A:
    def __init__(self): print('A.__init__')
class B(A):
    pass
class C(B):
    def __init__(self):
        print('C.__init__')
        super().__init__()
C()
print(C.__init__ is A.__init__, B.__init__ is A.__init__)
try:
    class D(int, str): pass
except TypeError as e:
    print(e)
class L(list):
    def total(self): return sum(self)
l = L([1, 2, 3]); l.append(4)
print(l, l.total(), len(l), type(l).__name__, l[1:], type(l[1:]).__name__)
class DD(dict):
    def __missing__(self, key): return f'no {key}'
dd = DD(a=1)
print(dd['a'], dd['b'], dd.get('b'), 'b' in dd)
