# classes.py at four times the work: start-up weighs less here, and the
# collector's cost, which grows with the heap, more.
# Class-heavy code: instances, methods, properties, dunders.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm2(self):
        return self.dot(self)


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    def step(self):
        self.pos = self.pos + self.vel


particles = [Particle(Vec(i, -i), Vec(1, 2)) for i in range(1000)]
for _ in range(400):
    for p in particles:
        p.step()
print(sum(p.pos.norm2 for p in particles))
