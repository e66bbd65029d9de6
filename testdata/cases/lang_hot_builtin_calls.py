# Builtin functions and methods called from hot code (the hot tier calls
# them itself): results, errors raised inside loops and caught or not,
# tracebacks' lines, callbacks into Python, coroutines as arguments,
# recursion through builtins.
import asyncio


def lengths(items):
    total = 0
    for x in items:
        total += len(x)
    return total


print(lengths(["ab", "cde", [1, 2], (), {1: 2}]))


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        if self.n < 0:
            raise ValueError("negative size " + str(self.n))
        return self.n


print(lengths([Sized(3), "xy", Sized(0)]))
try:
    lengths([Sized(1), Sized(-2), "never"])
except ValueError as e:
    print("caught:", e)

parts = []
for i in range(5):
    parts.append(str(i))
    parts.append(abs(-i))
print(parts, isinstance(parts, list), "-".join(parts[::2]))

words = ["alpha", "beta", "gamma"]
print([w.upper() for w in words if w.endswith("a")], [w.find("a") for w in words])


def bad_calls():
    out = []
    for w in words:
        try:
            out.append(w.index("m"))
        except ValueError as e:
            out.append(str(e))
    return out


print(bad_calls())


def unhandled(n):
    s = 0
    for i in range(n):
        s += int("12" if i < 2 else "x")
    return s


try:
    unhandled(5)
except ValueError as e:
    print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)


class Deep:
    def __len__(self):
        return len(self)


try:
    len(Deep())
except RecursionError as e:
    print("RecursionError:", e)


def key(x):
    return -x


print(sorted([3, 1, 2], key=key), max([3, 1, 2], key=key), min("bca"))


async def work():
    return 1


def make_list():
    items = []
    for _ in range(2):
        items.append(work())
    return items


coros = make_list()
print(len(coros), type(coros[0]).__name__)
for c in coros:
    c.close()


def boom():
    return [1, 2, 3].index(4)


boom()
