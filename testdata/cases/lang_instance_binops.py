# Binary operators on instances of user classes, mixed with builtins.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, (int, float)):
            return V(self.x + other)
        return NotImplemented

    def __radd__(self, other):
        return V(other * 100 + self.x)

    def __mul__(self, k):
        return V(self.x * k)

    def __repr__(self):
        return f"V({self.x})"


class W(V):
    def __radd__(self, other):
        return "W.__radd__ first"


class Idx:
    def __index__(self):
        return 3

    def __repr__(self):
        return "Idx()"


class Plain:
    pass


print(V(1) + V(2), V(1) + 5, V(1) + 2.5, 5 + V(1), V(2) * 3)
print(V(1) + W(2))
print("%s and %r" % (V(1), Idx()), "%s" % Plain.__name__)
print([0] * Idx(), "ab" * Idx(), Idx() * [1], (1,) * Idx())
for expr in (lambda: V(1) + "s", lambda: Plain() + Plain(), lambda: Plain() * 2,
             lambda: 2 ** Plain(), lambda: Idx() * 2, lambda: V(1) - V(2)):
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)


class N:
    def __add__(self, other):
        return NotImplemented

    def __pow__(self, other):
        return NotImplemented

    def __mul__(self, other):
        raise ValueError("mul fails")


for expr in (lambda: N() + N(), lambda: N() ** N()):
    try:
        expr()
    except TypeError as e:
        print("TypeError:", e)
N() * N()
