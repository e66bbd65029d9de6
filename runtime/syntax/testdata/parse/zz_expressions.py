a or b or c
a and b and c
a and b or c and d
not a
not not a
a if b else c
a if b else c if d else e
lambda: 0
lambda x, y=1, *a, z, **k: x
lambda x, /, y: x
lambda *, a=1: a
(x := 5)
[y := f(x), y**2]
a < b <= c == d != e > f >= g
a in b not in c is d is not e
a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
-a ** -b
-a ** b ** c
(-a) ** b
~a + +b - -c
a ** b ** c
a - b - c
a / b * c
await_x = 1
x.y.z
x[1][2]
x[1:2]
x[::2]
x[1:]
x[:2]
x[:]
x[a:b:c]
x[1, 2]
x[1:2, ::3, ...]
x[*a]
x[a, *b]
x[()]
f()
f(a)
f(a, b)
f(*a)
f(**k)
f(a, *b, c=1, **d)
f(a=1, *b)
f(x for x in y)
f((x for x in y), 1)
f(a)(b)(c)
f(x=1)[2].y
()
(1,)
(1, 2)
(1, 2,)
[]
[1]
[1, 2,]
[*a, *b]
{}
{1}
{1, 2}
{1: 2}
{1: 2, **a, 3: 4}
{**a}
{*a, *b}
[x for x in y]
[x for x in y if x if y]
[x for x in y for z in x]
[(x, y) for x in a if x for y in b if y]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[[y for y in x] for x in z]
[x async for x in y]
[await x for x in y]
(a, *b) = c
a, = b
*a, b = c
x = *a, *b
print(*args, sep="")
...
None
True
False
x = a if b else(c)
x = [1, 2][0]
x = {"a": 1}["a"]
x = (yield)
a.b.c.d.e(f).g[h]
