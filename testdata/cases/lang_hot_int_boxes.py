# Int arithmetic in hot loops around the edges the hot tier checks: the
# cached small ints' bounds, ints boxed in batches (kept alive, compared,
# used as keys), 32-bit division, overflow out of a machine word,
# division by zero, floats, returns of computed values.
def edges():
    out = []
    for base in (131000, 131071, 131072, -1024, -1025, 2**31 - 2, 2**32 - 1, 2**62, 2**63 - 2):
        x = base
        for d in (-3, -1, 0, 1, 2, 5):
            y = x + d
            out.append((y, y - 1, y * 3 if abs(y) < 2**40 else y, y % 7, y % 2**32 if y >= 0 else 0))
    return out


rows = edges()
print(len(rows), rows[:3], rows[-3:])
print(sum(r[0] for r in rows), max(r[3] for r in rows), min(r[1] for r in rows))


def keep_boxes(n):
    kept = []
    total = 0
    for i in range(130000, 130000 + n):
        v = i * 2
        total += v
        if i % 97 == 0:
            kept.append(v)
    return total, kept


total, kept = keep_boxes(5000)
print(total, len(kept), kept[:5], kept[-2:], kept[3] == 130000 * 2 + 97 * 2 * 3 - (130000 % 97) * 2)
d = {k: k for k in kept}
print(all(d[k * 1] == k for k in kept), len({k + 1 for k in kept}))


def div(a, b):
    return a % b, a // b


for a, b in ((7, 0), (2**40, 3), (5, 2**32), (5, 2**32 - 1), (-5, 3), (5, -3), (0, 5)):
    try:
        print(a, b, div(a, b))
    except ZeroDivisionError as e:
        print(a, b, "ZeroDivisionError:", e)


def floats(n):
    acc = 0.5
    for i in range(n):
        acc = acc * 1.5 + i
        acc -= i / 2
    return acc


print(floats(20), floats(0))


def ret(a, b):
    return a + b


print([ret(2**62, 2**62), ret(-2**63, -1), ret(131071, 1), ret(-1025, 1)])
