"""Record golden files for runtime/pyrandom from CPython 3.11.

Usage: python3 gen.py OUTDIR   (run by `go test -update`)

Each golden file is a sequence of operations on one random.Random
instance, one per line, and what CPython returned:

    op[*N] arg... => result...

*N repeats the call N times and lists the N results. Arguments are ints,
float reprs, hex strings (seeds), comma lists (weights) or "-" (argument
not given). Results are ints, float reprs, hex bytes, index lists, or
"!Type: message" for an exception. Lines starting with "#" are comments.
The Go test (golden_test.go) replays each line on its Rand and compares.
"""

import math
import os
import random
import sys

# DEFAULT_SEED is pyrandom.DefaultSeed: what the Go package seeds with
# where CPython would use os.urandom (no seed, or seed(None)).
DEFAULT_SEED = 0x61696F706C6179

if sys.version_info[:2] != (3, 11):
    sys.exit("gen.py: need CPython 3.11 (the oracle), have %s" % sys.version.split()[0])


def fmt(v):
    if isinstance(v, bool):
        raise TypeError(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, bytes):
        return v.hex() if v else "''"
    if isinstance(v, list):
        return "[" + ",".join(fmt(x) for x in v) + "]"
    raise TypeError(type(v))


def argfmt(a):
    if a is None:
        return "-"
    if isinstance(a, list):
        return ",".join(fmt(x) for x in a) if a else "[]"
    return fmt(a)


class Recorder:
    def __init__(self):
        self.r = random.Random()
        self.lines = []

    def comment(self, text):
        self.lines.append("# " + text)

    def call(self, op, fn, *args, n=1):
        results = []
        for _ in range(n):
            try:
                results.append(fmt(fn()))
            except Exception as e:  # the error is the result
                results.append("!%s: %s" % (type(e).__name__, e))
                break
        name = op if n == 1 else "%s*%d" % (op, n)
        self.lines.append(" ".join([name] + [argfmt(a) for a in args] + ["=>"] + results))

    def seed(self, kind, value):
        r = self.r
        if kind == "none":
            r.seed(DEFAULT_SEED)
            arg = "-"
            self.comment("seed(None): seed(DefaultSeed) in pyrandom")
        elif kind == "int":
            r.seed(value)
            arg = str(value)
        elif kind == "float":
            r.seed(value)
            arg = repr(value)
        elif kind == "str":
            r.seed(value)
            arg = value.encode().hex() or "''"
            self.comment("seed %r" % value)
        elif kind == "bytes":
            r.seed(value)
            arg = value.hex() or "''"
            self.comment("seed %r" % value)
        elif kind == "v1str":
            r.seed(value, version=1)
            arg = value.encode().hex() or "''"
            self.comment("seed(%r, version=1)" % value)
        elif kind == "v1bytes":
            r.seed(value, version=1)
            arg = value.hex() or "''"
            self.comment("seed(%r, version=1)" % value)
        else:
            raise ValueError(kind)
        self.lines.append("seed %s %s" % (kind, arg))

    # Operations, each mirroring one Go test verb.

    def random(self, n):
        self.call("random", self.r.random, n=n)

    def getrandbits(self, k):
        self.call("getrandbits", lambda: self.r.getrandbits(k), k)

    def randrange(self, start, stop=None, step=None, n=1):
        r = self.r
        if stop is None and step is None:
            fn = lambda: r.randrange(start)
        elif step is None:
            fn = lambda: r.randrange(start, stop)
        else:
            fn = lambda: r.randrange(start, stop, step)
        self.call("randrange", fn, start, stop, step, n=n)

    def randint(self, a, b, n=1):
        self.call("randint", lambda: self.r.randint(a, b), a, b, n=n)

    def float_op(self, name, *args, n=1):
        fn = getattr(self.r, name)
        self.call(name, lambda: fn(*args), *args, n=n)

    def triangular(self, low, high, mode, n=1):
        if mode is None:
            fn = lambda: self.r.triangular(low, high)
        else:
            fn = lambda: self.r.triangular(low, high, mode)
        self.call("triangular", fn, low, high, mode, n=n)

    def choice(self, size, n=1):
        pop = range(size) if size > 10**5 else list(range(size))
        self.call("choice", lambda: self.r.choice(pop), size, n=n)

    def shuffle(self, size):
        def fn():
            x = list(range(size))
            self.r.shuffle(x)
            return x
        self.call("shuffle", fn, size)

    def sample(self, size, k):
        pop = range(size) if size > 10**5 else list(range(size))
        self.call("sample", lambda: self.r.sample(pop, k), size, k)

    def choices(self, size, k, weights=None, cum=None):
        pop = list(range(size))
        self.call("choices", lambda: self.r.choices(pop, weights, cum_weights=cum, k=k),
                  size, k, weights, cum)

    def randbytes(self, n):
        self.call("randbytes", lambda: self.r.randbytes(n), n)


def standard(rec):
    """The operations recorded for every seed."""
    rec.random(20)
    for k in list(range(0, 101)) + [127, 128, 129, 1000]:
        rec.getrandbits(k)
    rec.randint(1, 10, n=30)
    rec.randint(-5, 5, n=10)
    rec.randint(0, 2**100, n=5)
    rec.randint(-(2**70), 2**64, n=5)
    rec.randint(2**63 - 5, 2**63 + 5, n=5)
    rec.randint(-(2**63), 2**63 - 1, n=3)
    rec.randint(7, 7)
    rec.randrange(100, n=20)
    rec.randrange(1)
    rec.randrange(2**64, n=3)
    rec.randrange(2**80, n=3)
    rec.randrange(0, 100, 7, n=5)
    rec.randrange(100, 0, -3, n=5)
    rec.randrange(-10, 10, 3, n=5)
    rec.randrange(10, -10, -1, n=5)
    rec.randrange(-7, 8, n=5)
    rec.randrange(2**64, 2**65, 3, n=3)
    rec.randrange(2**70, -(2**70), -(2**33), n=3)
    rec.randrange(0, 2**62, 2**61, n=3)
    rec.randrange(-(2**63), 2**63 - 1, 2**62, n=3)
    rec.float_op("uniform", 0.0, 1.0, n=5)
    rec.float_op("uniform", -3.5, 2.25, n=3)
    rec.float_op("uniform", 10.0, 1.0, n=3)
    rec.float_op("uniform", 1e300, -1e300, n=2)
    rec.triangular(0.0, 1.0, None, n=5)
    rec.triangular(1.0, 5.0, 2.0, n=5)
    rec.triangular(3.0, 3.0, 3.0)
    rec.triangular(2.0, 8.0, None)
    rec.triangular(-1.0, 1.0, 1.0, n=3)
    rec.float_op("gauss", 0.0, 1.0, n=11)
    rec.float_op("gauss", 10.0, 2.5, n=4)
    rec.float_op("normalvariate", 0.0, 1.0, n=10)
    rec.float_op("normalvariate", -3.0, 0.5, n=3)
    rec.float_op("expovariate", 1.5, n=10)
    rec.float_op("expovariate", -2.0, n=3)
    rec.float_op("lognormvariate", 0.0, 1.0, n=5)
    rec.float_op("vonmisesvariate", 1.0, 2.0, n=5)
    rec.float_op("vonmisesvariate", 0.0, 1e-7, n=2)
    rec.float_op("vonmisesvariate", 5.0, 50.0, n=3)
    rec.float_op("gammavariate", 0.5, 1.0, n=5)
    rec.float_op("gammavariate", 1.0, 2.0, n=5)
    rec.float_op("gammavariate", 3.5, 1.5, n=5)
    rec.float_op("betavariate", 2.0, 3.0, n=5)
    rec.float_op("betavariate", 0.3, 0.4, n=5)
    rec.float_op("paretovariate", 2.0, n=5)
    rec.float_op("weibullvariate", 1.0, 1.5, n=5)
    rec.choice(10, n=20)
    rec.choice(1)
    rec.choice(1000000, n=5)
    rec.choice(2**40 + 1, n=3)
    for size in [0, 1, 2, 10, 52]:
        rec.shuffle(size)
    for size, k in [(10, 3), (10, 10), (10, 0), (100, 5), (1000, 10), (50, 20),
                    (100, 20), (30, 6), (86, 20), (85, 20), (10**6, 100), (22, 5), (21, 5)]:
        rec.sample(size, k)
    rec.choices(10, 5)
    rec.choices(3, 10, [1.0, 2.0, 3.0])
    rec.choices(4, 8, None, [1.0, 3.0, 3.5, 10.0])
    rec.choices(5, 6, [0.1, 0.0, 2.0, 0.0, 0.5])
    rec.choices(1, 3, [4.0])
    rec.choices(3, 0, [1.0, 2.0, 3.0])
    rec.choices(6, 0)
    for n in [0, 1, 3, 4, 5, 16, 33]:
        rec.randbytes(n)
    rec.random(5)


SEEDS = [
    ("int", 0), ("int", 1), ("int", 42), ("int", 2**40 + 3), ("int", -7),
    ("str", "hello"), ("bytes", b"xyz"), ("float", 3.5),
    ("int", 2**100 + 12345), ("int", -(2**64)), ("int", 2**32),
    ("float", -2.5), ("float", 1e300), ("float", -0.0), ("float", float("inf")),
    ("float", 7.0), ("str", ""), ("str", "h\u00e9llo \U0001f600"), ("bytes", b""),
    ("v1str", "hello"), ("v1bytes", b"\xff\x00x"),
]


def seed_name(kind, value):
    if kind in ("str", "bytes", "v1str", "v1bytes"):
        raw = value.encode() if isinstance(value, str) else value
        return "%s_%s" % (kind, raw.hex() if len(raw) < 12 else raw[:12].hex())
    return "%s_%s" % (kind, str(value).replace("-", "m").replace("+", "p"))


def errors(rec):
    """Error cases, interleaved with random() so consumption is checked."""
    rec.seed("int", 0)
    for args in [(0,), (-3,), (0, 0), (5, 3), (0, 10, 0), (0, 10, -1), (10, 0, 1),
                 (10, -10, 2), (2**70, 2**70), (0, 2**70, -1), (-(2**64),)]:
        rec.randrange(*args)
    rec.call("randrange", lambda: rec.r.randrange(10, step=2), 10, None, 2)
    rec.call("randrange", lambda: rec.r.randrange(10, step=1), 10, None, 1)
    rec.randint(5, 3)
    rec.randint(2**70, 5)
    rec.random(1)
    rec.choice(0)
    rec.sample(2, 3)
    rec.sample(1, -1)
    rec.choices(2, 1, [1.0])
    rec.choices(2, 1, [0.0, 0.0])
    rec.choices(2, 1, [-1.0, 0.5])
    rec.choices(2, 1, [1.0, math.inf])
    rec.choices(2, 1, [1.0, math.nan])
    rec.choices(2, 1, None, [math.nan, math.nan])
    rec.choices(0, 1, [])
    rec.choices(0, 1)
    rec.random(1)
    rec.call("choices", lambda: rec.r.choices([1], [1.0], cum_weights=[1.0]), 1, 1, [1.0], [1.0])
    rec.float_op("expovariate", 0.0)
    rec.random(1)
    rec.float_op("gammavariate", 0.0, 1.0)
    rec.float_op("gammavariate", 1.0, -1.0)
    rec.float_op("betavariate", 1.0, -1.0)
    rec.float_op("lognormvariate", 1000.0, 1e-9)
    rec.random(1)
    rec.float_op("paretovariate", 1e-9)
    rec.float_op("paretovariate", 0.0)
    rec.float_op("weibullvariate", 1.0, 0.0)
    rec.random(1)
    rec.getrandbits(-1)
    rec.getrandbits(2**31)
    rec.getrandbits(-(2**31) - 1)
    rec.randbytes(-1)
    rec.triangular(2.0, 2.0, 5.0)
    rec.triangular(2.0, 2.0, None)
    rec.float_op("uniform", math.inf, 1.0)
    rec.float_op("expovariate", math.inf)
    rec.float_op("gauss", math.nan, 1.0)
    rec.float_op("paretovariate", math.inf)
    rec.random(3)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if name.endswith(".txt"):
            os.remove(os.path.join(out, name))
    for kind, value in SEEDS:
        rec = Recorder()
        rec.comment("recorded by gen.py with CPython %s" % sys.version.split()[0])
        rec.seed(kind, value)
        standard(rec)
        # Reseeding clears gauss's cached value: gauss*1 then seed again.
        rec.float_op("gauss", 0.0, 1.0)
        rec.seed(kind, value)
        rec.float_op("gauss", 0.0, 1.0, n=2)
        write(out, "seed_" + seed_name(kind, value), rec)
    # A never-seeded generator (pyrandom.New) starts as seed(DEFAULT_SEED);
    # this file has no seed line before its first operations.
    rec = Recorder()
    rec.comment("recorded by gen.py with CPython %s" % sys.version.split()[0])
    rec.comment("never seeded: CPython reseeded with DEFAULT_SEED")
    rec.r.seed(DEFAULT_SEED)
    rec.random(5)
    rec.randint(1, 10, n=10)
    rec.float_op("gauss", 0.0, 1.0)
    rec.seed("none", None)
    rec.random(5)
    rec.float_op("gauss", 0.0, 1.0)
    write(out, "unseeded", rec)
    rec = Recorder()
    rec.comment("recorded by gen.py with CPython %s" % sys.version.split()[0])
    errors(rec)
    write(out, "errors", rec)
    rec = Recorder()
    rec.comment("recorded by gen.py with CPython %s" % sys.version.split()[0])
    rec.seed("int", 2024)
    rec.randint(1, 6, n=2000)
    rec.float_op("gauss", 0.0, 1.0, n=1000)
    rec.float_op("expovariate", 0.5, n=1000)
    rec.random(1000)
    write(out, "long", rec)


def write(out, name, rec):
    with open(os.path.join(out, name + ".txt"), "w") as f:
        f.write("\n".join(rec.lines) + "\n")


if __name__ == "__main__":
    main()
