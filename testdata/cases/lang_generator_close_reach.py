# A dropped generator is closed only when nothing reaches it any more:
# reachability follows the runtime's and the stdlib's objects (iterators,
# deques, namedtuples, OrderedDict, defaultdict, Random, views, slices),
# and objects of those kinds alive elsewhere do not keep it from closing.
import collections
import itertools
import random

counter = itertools.count()
pairs = itertools.pairwise([1, 2, 3])
dq = collections.deque([1, 2])
od = collections.OrderedDict(a=1)
dd = collections.defaultdict(list)
P = collections.namedtuple("P", "x y")
point = P(1, 2)
rng = random.Random(3)
view = od.keys()
sl = slice(1, 2)
quiet = False

def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        if not quiet:
            print("fin", tag)

g = gen("with stdlib objects alive")
next(g)
g = None
print("after plain")

wrappers = [
    ("deque", lambda g: collections.deque([g])),
    ("islice", lambda g: itertools.islice(g, 5)),
    ("chain", lambda g: itertools.chain([0], g)),
    ("namedtuple", lambda g: P(g, 0)),
    ("defaultdict", lambda g: collections.defaultdict(None, k=g)),
    ("OrderedDict", lambda g: collections.OrderedDict(k=g)),
    ("tee", lambda g: itertools.tee(g)[0]),
    ("zip_longest", lambda g: itertools.zip_longest(g, [])),
    ("map", lambda g: map(str, g)),
    ("filter", lambda g: filter(None, g)),
    ("zip", lambda g: zip(g)),
    ("enumerate", lambda g: enumerate(g)),
    ("groupby", lambda g: itertools.groupby(g)),
    ("product", lambda g: itertools.product([g])),
    ("accumulate", lambda g: itertools.accumulate(g)),
    ("starmap", lambda g: itertools.starmap(print, g)),
    ("repeat", lambda g: itertools.repeat(g, 2)),
    ("slice", lambda g: slice(g)),
    ("cycle", lambda g: itertools.cycle([g])),
    ("reversed list", lambda g: reversed([g])),
    ("dict values", lambda g: {1: g}.values()),
    ("iter of a list", lambda g: iter([g])),
]
kept = []
for name, wrap in wrappers:
    def make(name=name, wrap=wrap):
        g = gen(name)
        next(g)
        return wrap(g)
    kept.append(make())
    print("kept", name)

g = gen("rebound after all that")
next(g)
g = 0
print("end", len(kept))
# What is still alive is closed at exit, silently.
quiet = True
