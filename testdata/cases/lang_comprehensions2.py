print([x * y for x in range(3) for y in range(3) if x != y if x + y > 1])
print({x: x ** 2 for x in range(5) if x % 2 == 0})
print({c for c in 'hello'} == set('helo'), sorted({c.upper() for c in 'abc'}))
print(list(x for x in range(5) if x > 2), sum(x for x in range(10)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([y for row in matrix for y in row])
print([(i, j) for i in range(3) for j in range(i)])
data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 5], y)
print([n for n in range(20) if n % 2 if n % 3])
x = 'outer'
print([x for x in 'ab'], x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(K.doubled)
print({k: v for k, v in zip('abc', range(3))}, dict.fromkeys('ab', 0))
print([a + b for a, b in [(1, 2), (3, 4)]], [*range(3), *'ab'], {**{'a': 1}, 'b': 2, **{'a': 3}})
print({*[1, 2], *[2, 3]}, (*[1], 2), [i if i % 2 else -i for i in range(5)])
if (n := len(data)) > 3:
    print('long', n)
while (chunk := data[:2]):
    data = data[2:]
    print(chunk)
print((lambda: (z := 5) + z)())
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
g = (i for i in range(3))
print(type(g).__name__, [type(t).__name__ for t in ([], {}, set(), (i for i in []))])
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.lower), max([], default=0))
