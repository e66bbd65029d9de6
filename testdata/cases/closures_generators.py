def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = counter()
print(c(), c(), c(5))

def gen():
    try:
        x = yield 1
        print("got", x)
        yield x * 2
    finally:
        print("cleanup")

g = gen()
print(next(g))
print(g.send(21))
g.close()

class Base:
    def hello(self):
        return "base"

class Child(Base):
    def hello(self):
        return "child+" + super().hello()

print(Child().hello())
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
