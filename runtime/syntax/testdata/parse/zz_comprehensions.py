[x for x in range(10)]
[x for x in range(10) if x % 2]
[x for x in range(10) if x % 2 if x > 3]
[(x, y) for x in range(3) for y in range(3)]
[x for xs in xss for x in xs if x]
{x for x in y}
{x: y for x, y in z}
{(x, y): [z for z in x] for x, y in w if x}
(x for x in y)
sum(x for x in y)
sum((x for x in y), 0)
[[x * y for x in row] for y in col]
[x async for x in aiter()]
[await f(x) for x in y]
(x async for x in y if await x)
[y := f(x) for x in z]
[x for x in (yield)]
[lambda: x for x in y]
[x for x, *y in z]
[x for (x, y) in z]
[x for [x, y] in z]
[x for x.attr in z]
[x for x[0] in z]
[x for x in a if b or c]
[x if y else z for x in w]
