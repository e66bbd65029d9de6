def f(a, b): pass
def g(a, b=1, *, c): pass
def h(*, key): pass
def p(a, /, b): pass
class K:
    def m(self, x): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def c(cls, x): pass
    def __init__(self, v): pass
calls = [
    lambda: f(), lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2, c=3), lambda: f(1, a=1),
    lambda: g(1), lambda: g(1, 2, 3, c=1), lambda: g(c=1), lambda: h(1), lambda: h(), lambda: h(key=1, other=2),
    lambda: p(a=1, b=2), lambda: p(1), lambda: K(1).m(), lambda: K(1).m(1, 2), lambda: K.m(1),
    lambda: K.s(), lambda: K.c(), lambda: K(), lambda: K(1, 2), lambda: K(v=1, w=2),
    lambda: (lambda: 0)(1), lambda: (lambda x, y, z: 0)(1), lambda: (lambda *, k: 0)(),
    lambda: len(1, 2), lambda: abs(), lambda: isinstance(1), lambda: divmod(1), lambda: max(), lambda: sorted(),
    lambda: sorted([1], cmp=None), lambda: print(foo=1), lambda: int('1', base=2, x=3), lambda: [].append(),
    lambda: [].append(1, 2), lambda: {}.get(), lambda: 'a'.split(1), lambda: 'a'.join(1), lambda: range(), lambda: range(1, 2, 3, 4),
    lambda: range(1, 2, 0), lambda: enumerate(), lambda: zip(1, 2), lambda: open('x'), lambda: input('prompt> '),
    lambda: getattr(1), lambda: setattr(1, 'a'), lambda: iter(), lambda: next(), lambda: round(1, 2, 3),
    lambda: dict(1), lambda: list(1, 2), lambda: str(1, 2), lambda: 'x'.replace('a'), lambda: (1).to_bytes(1, 'middle'),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, 'ok')
    except Exception as e:
        print(i, type(e).__name__ + ':', e)
