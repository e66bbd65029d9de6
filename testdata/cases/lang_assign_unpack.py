a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
[s, t] = 'st'
print(p, q, r, s, t)
first, *rest = [1, 2, 3, 4]
*init, last = range(5)
h, *mid, tl = 'abcde'
print(first, rest, init, last, h, mid, tl)
*allof, = (9, 8)
print(allof)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
for i, (k, v) in enumerate({'x': 1, 'y': 2}.items()):
    print(i, k, v)
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7; n <<= 2; n >>= 1; n |= 8; n &= 12; n ^= 5
print(n)
s = 'ab'; s *= 3; s += '!'
print(s)
lst = [1, 2]; lst += (3,); lst *= 2
print(lst)
f = 7.0; f /= 2; f -= 0.5
print(f)
class O: pass
o = O()
o.attr = 1
o.attr += 41
print(o.attr)
d = {}
d['k'] = 1
d['k'] += 1
d.setdefault('l', []).append(3)
print(d)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 5
m[0][0] += 1
print(m)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print(e)
i = 0
lst = [0, 0]
i, lst[i] = 1, 9
print(i, lst)
