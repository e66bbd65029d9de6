from enum import Enum, IntEnum, auto, StrEnum, Flag, IntFlag, unique

class C(Enum):
    RED = 1
    GREEN = auto()
    ALIAS = 1
    def describe(self):
        return f"{self.name} is {self.value}"
print(C.RED, repr(C.RED), C(1), C['GREEN'], C.RED.name, C.RED.value, C.ALIAS is C.RED, C.__members__, C.GREEN.describe())
print(list(C.__members__.values()), [m.name for m in C.__members__.values()], C._member_names_)
class P(IntEnum):
    LOW = 1
    HIGH = 3
print(P.LOW, repr(P.HIGH), P.LOW < P.HIGH, P.HIGH == 3, P.LOW + 1, f'{P.HIGH}', int(P.HIGH), P(3), sorted([P.HIGH, P.LOW]), [10, 20, 30, 40][P.HIGH])
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), S.B == 'bee', f'{S.B}', S.B.upper())
try:
    C(9)
except ValueError as e:
    print(e)
try:
    C['X']
except KeyError as e:
    print('KeyError', e)
print(isinstance(C.RED, C), C.RED == 1, hash(C.RED) == hash(C.RED), {C.RED: 1}[C.RED], C.RED is C.RED, C.RED != C.GREEN)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def heavy(self):
        return self.mass > 1e24
print(Planet.EARTH.mass, Planet.EARTH.heavy, Planet.EARTH.value, Planet.MARS.heavy, repr(Planet.MARS))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R in (Perm.R | Perm.W), Perm.X in (Perm.R | Perm.W), bool(Perm.R & Perm.W))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
print(C.RED.__class__.__name__, C.__name__, str(C.GREEN), format(C.GREEN), f'{C.GREEN}', f'{C.GREEN:>10}|')
class Status(Enum):
    PENDING = "pending"
    DONE = "done"
print(Status("done"), Status.DONE.value.upper(), repr(Status.PENDING))
class Color(Enum):
    R = auto()
    G = auto()
    B = auto()
print([Color.R.value, Color.G.value, Color.B.value], Color(3))
