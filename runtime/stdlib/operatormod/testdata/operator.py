import operator
from operator import itemgetter, attrgetter, methodcaller

print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(attrgetter('a.b', 'c')), repr(methodcaller('f', 1, k=2)))
for f in [lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(), lambda: attrgetter('x')(1), lambda: operator.index(1.5),
          lambda: operator.indexOf([1, 2], 3), lambda: operator.concat(1, 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
data = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)), itemgetter(0, 1)(data[0]), itemgetter(slice(1, None))("abc"))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
p = P("ann", P("bob"))
print(attrgetter("name")(p), attrgetter("inner.name", "name")(p), methodcaller("greet", "hi")(p), methodcaller("greet", "yo", punct="?")(p))
print(operator.add(1, 2), operator.sub(5, 3), operator.mul("a", 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(3), operator.pos(-3), operator.abs(-4), operator.invert(5), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(16, 2), operator.concat([1], [2]))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.getitem({"k": 1}, "k"))
d = {}
operator.setitem(d, "a", 1)
operator.delitem(d, "a")
print(d, operator.index(7), operator.length_hint([1, 2, 3]), operator.call(max, 1, 5))
l = [1]
print(operator.iadd(l, [2]), l, operator.imul(3, 4), operator.__add__(1, 1))
import functools
print(functools.reduce(operator.mul, range(1, 6)))
