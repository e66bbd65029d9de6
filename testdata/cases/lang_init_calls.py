class A:
    def __init__(self, x, y=2):
        self.s = x + y

class B:
    def __init__(self):
        return 5

class C:
    def __init__(self, n):
        self.child = C(n - 1) if n else None

class D:
    def __init__(self):
        raise ValueError("in init")

print(A(1).s, A(1, y=5).s)
for mk in (lambda: B(), lambda: A(), lambda: A(1, 2, 3), lambda: D()):
    try:
        mk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
c = C(50)
n = 0
while c:
    c, n = c.child, n + 1
print(n)
def deep(k):
    return C(k)
try:
    deep(2000)
except RecursionError as e:
    print("RecursionError", e)
D()
