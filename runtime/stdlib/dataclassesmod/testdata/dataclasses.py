from dataclasses import dataclass, field, FrozenInstanceError, fields, asdict, astuple, replace, is_dataclass, InitVar, make_dataclass
from typing import ClassVar, List

@dataclass
class P:
    x: int
    y: int = 0
for f in [lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2)]:
    try:
        f()
    except TypeError as e:
        print(e)
p = P(1, 2)
print(p, P(3), p == P(1, 2), p != P(1), P.__hash__, p.x, P.__match_args__, P.__doc__)
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: list = field(default_factory=list, repr=False)
f = F(1)
try:
    f.a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del f.a
except FrozenInstanceError as e:
    print(e)
print(f, F(1) < F(2), F(2) >= F(1), hash(F(1)) == hash(F(1)), sorted([F(3), F(1), F(2)]))
try:
    F(1) < P(1)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
@dataclass
class Inv:
    name: str
    qty: int = 1
    tags: List[str] = field(default_factory=list)
    total: float = field(init=False, default=0.0)
    rate: ClassVar[float] = 1.5
    def __post_init__(self):
        self.total = self.qty * self.rate
i = Inv("apple", 4)
i.tags.append("fruit")
print(i, Inv("x").tags is not i.tags, [f.name for f in fields(i)], asdict(i), astuple(i), replace(i, qty=2), is_dataclass(i), is_dataclass(Inv), is_dataclass(5))
@dataclass
class Base:
    a: int
    b: str = "b"
@dataclass
class Child(Base):
    c: float = 1.0
print(Child(1), Child(1, "x", 2.5), [f.name for f in fields(Child)])
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K(b=3, a=4))
try:
    K(1)
except TypeError as e:
    print(e)
@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.x *= scale
print(WithInit(3), WithInit(3, 10))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n, asdict(n))
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)
@dataclass(unsafe_hash=True)
class H:
    x: int
print(hash(H(1)) == hash((1,)), {H(1): 'ok'}[H(1)])
M = make_dataclass("M", [("x", int), ("y", int, field(default=5))])
print(M(1), M(1, 2) == M(1, 2))
@dataclass
class Rec:
    me: object = None
r = Rec()
r.me = r
print(r)
