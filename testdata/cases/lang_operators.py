a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 == True, 1 < 2 != 2, 0 <= a <= 10, not a < b, (a < b) + 1)
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x == z, x is not z, None is None, 1 in x, 3 not in x, 'a' in 'abc', 'ab' not in 'cab')
print(True and 'yes', False or 'fallback', None and 1, 0 or [] or {} or 'last', not None, not 'x', 1 and 2 and 3)
def side(v):
    print('eval', v)
    return v
print(side(0) and side(1), side(1) or side(2), side(1) < side(2) < side(0) < side(3))
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, -3 % 5, 7 // -2, 2 * 3 + 4, 2 * (3 + 4), 10 - 2 - 3, 100 / 10 / 5, 2 ** -1)
print(5 & 3 | 8, 5 ^ 1 << 2, ~0, -~5, 1 if 0 else 2 if 0 else 3, (lambda: 1 if True else 0)())
print(not 1 == 2, (not 1) == 2, 1 + 2 == 3 and 'ok', [1] * 2 + [3], 'a' 'b' * 2)
n = 10
print((n := n + 1), n, [m := 5, m * 2], (y := [1, 2, 3])[0], y)
if any((hit := v) > 2 for v in [1, 3, 5]):
    print('first hit', hit)
print(1 < 2 < 3 < 4 < 5, 5 > 4 > 6, 'b' > 'a' >= 'a', [1, 2] < [1, 2, 0] <= [1, 3])
print(isinstance(x, list) and len(x) > 1, type(x) == list, type(x) is list, x.__class__ is list)
t = 1, 2
u = 3,
print(t, u, type(u), () == tuple(), (1) == 1, (1,) == 1)
v = w = 0
v += 1
print(v, w)
lst = [0] * 3
i = 0
lst[i], i = 5, 2
print(lst, i)
print(0.1 + 0.2 > 0.3, 1e308 < float('inf'), float('nan') != float('nan'), 10 ** 20 > 1e19, 2 ** 53 + 1 > 2.0 ** 53)
print(3 if [] else 4, 'empty' if not {} else 'full', [] or None, [0] and 'truthy list')
