# Comparisons of floats (and floats with ints) and strs in hot conditional jumps:
# NaN, infinities, negative zero, ints past 2**53 (compared exactly).
def compare(pairs):
    out = []
    for a, b in pairs:
        r = []
        if a < b:
            r.append("<")
        if a <= b:
            r.append("<=")
        if a == b:
            r.append("==")
        if a != b:
            r.append("!=")
        if a > b:
            r.append(">")
        if a >= b:
            r.append(">=")
        out.append(" ".join(r))
    return out


nan, inf = float("nan"), float("inf")
pairs = [(0.5, 1.5), (1.5, 0.5), (2.0, 2), (2, 2.5), (-0.0, 0.0), (nan, 1.0), (1.0, nan), (nan, nan),
         (inf, 1e308), (-inf, -1e308), (2**53 + 1, 2.0**53), (2.0**53, 2**53 + 1), (10**20, 1e20), (True, 0.5)]
for p, r in zip(pairs, compare(pairs)):
    print(p, r)
x = 0.0
steps = 0
while x < 10.0:
    x += 0.75
    steps += 1
print(x, steps)
words = ["pear", "apple", "fig", "apple", "zucchini", "Apple", "épée", "e"]
hits = []
for w in words:
    if w == "apple":
        hits.append("eq")
    elif w < "fig":
        hits.append("lt")
    elif w >= "pear":
        hits.append("ge")
    else:
        hits.append("-")
print(hits)
t, u = (1, 2), (1, 3)
print([t == u, t < u] if t != u else None)
