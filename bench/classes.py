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


SCALE = 1  # make bench runs a SCALE = 4 copy too
particles = [Particle(Vec(i, -i), Vec(1, 2)) for i in range(1000)]
for _ in range(100 * SCALE):
    for p in particles:
        p.step()
print(sum(p.pos.norm2 for p in particles))
