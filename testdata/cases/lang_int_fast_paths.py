# Fast paths for int arithmetic and sum(): 32-bit division for small
# non-negative operands, unboxed totals in sum(); every boundary must
# give CPython's results.
vals = [0, 1, 2, 3, 7, -1, -2, -7, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 1,
        -2**31, -2**32, 2**62, -2**63, 2**63 - 1, 2**64, 10**6]
rows = []
for x in vals:
    for y in vals:
        if y == 0:
            try:
                x % y
            except ZeroDivisionError as e:
                rows.append(str(e))
            continue
        rows.append((x % y, x // y, divmod(x, y)))
print(len(rows))
for r in rows[::7]:
    print(r)
print(sum(r[0] + r[1] for r in rows if isinstance(r, tuple)))

# sum(): ints, floats, bools, big ints, overflow out of a machine word,
# a start value, mixed types and objects with __radd__.
print(sum([1, 2, 3]), sum([1.5, 2, 3]), sum([1, 2.5, True]), sum([True, True]), sum([], 5))
print(sum([2**62, 2**62, 1]), sum([2**62, 2**62, -2**62]), sum([2**63 - 1, 1]), sum([-2**63, -1]))
print(sum([1, 2], 0.0), sum([[1], [2]], []), sum([0.1] * 10), sum([1, 10**30, 1.5]))
print(sum(range(10**5)), sum([1.0, 2**70]), sum([1.0, True, 2**64]), sum([float('inf'), -1]))
print(sum((x for x in range(5)), 10), sum({1: 'a', 2: 'b'}), sum((1, 2.0, 3)))
try:
    sum([1, 'a'])
except TypeError as e:
    print(e)
try:
    sum(['a', 'b'], 'c')
except TypeError as e:
    print(e)


class A:
    def __radd__(self, other):
        return 'A+' + repr(other)


print(sum([1, A()]), sum([1.5, A()]), sum([2**63, A()]))
