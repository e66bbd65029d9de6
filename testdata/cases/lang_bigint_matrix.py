# Big and small int arithmetic across signs and sizes (floor division and
# true division by negative big ints among them) against CPython.
s = 12345
def rnd():
    global s
    s = (s * 6364136223846793005 + 1442695040888963407) % 2**64
    return s
vals = []
for i in range(20):
    bits = rnd() % 200
    v = rnd() * 2**64 + rnd()
    v = v % (2**bits) if bits else 0
    if rnd() % 2: v = -v
    vals.append(v)
vals += [0, 1, -1, 2**63, -2**63, 2**64, -2**64, 2**63-1, 7, -7]
h = 0
lines = 0
for x in vals:
    for y in vals:
        r = [x + y, x - y, x * y, x & y, x | y, x ^ y, x < y, x == y]
        if y:
            r += [x // y, x % y, divmod(x, y), x / y if abs(x) < 2**900 else 0]
        if 0 <= y < 70:
            r += [x << y, x >> y, x ** (y % 5)]
        if y > 0:
            r.append(pow(x, 3, y))
        print(r)
