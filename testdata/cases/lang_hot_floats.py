# Float arithmetic in hot loops (floats boxed in batches by the hot tier):
# mixed int and float operands, int / int, ints too big for a float to
# hold exactly, division by zero, infinities, NaN, negative zero, and
# results kept alive in containers.
def series(n):
    x = 0.0
    out = []
    for i in range(n):
        x = x * 0.5 + i / 3
        x -= 0.125
        out.append(x)
    return x, out


x, out = series(40)
print(x, out[:3], out[-1], len(set(out)))


def mixed():
    rows = []
    for a in (0, 1, -1, 3, 2**53, 2**53 + 1, -2**53 - 1, 10**20):
        for b in (0.5, -2.0, 3, 0.0, -0.0, 1e308, float('inf')):
            row = []
            for op in range(4):
                try:
                    if op == 0:
                        r = a + b
                    elif op == 1:
                        r = a - b
                    elif op == 2:
                        r = a * b
                    else:
                        r = a / b
                except ZeroDivisionError as e:
                    r = str(e)
                row.append(r)
            rows.append(row)
    return rows


for row in mixed():
    print(row)
print(0 / -5, -0.0 * 1, 7 / 2, -7 / 2, (2**53 + 1) / 1, 10**20 / 3, 1 / 3)
nan = float('nan')
print(nan + 1, nan * 0, float('inf') - float('inf'), 1e308 * 10)
acc = 0
for i in range(10):
    acc = acc + i * 0.1
print(acc, type(acc).__name__)
