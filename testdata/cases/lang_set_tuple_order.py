# Sets of tuples of ints/floats (coordinates) iterate in CPython's slot
# order, computed from the tuple hash; constant set displays of tuples
# are folded like CPython's (frozenset constant rebuilt, then merged).
import random
r = random.Random(7)
def key():
    c = r.random()
    if c < 0.5:
        return (r.randrange(-5, 10), r.randrange(-5, 10))
    if c < 0.7:
        return (r.randrange(3), (r.randrange(3), r.random() < 0.5), r.randrange(3) / 2)
    if c < 0.8:
        return r.randrange(100)
    if c < 0.9:
        return ()
    return (r.randrange(5),)
for trial in range(15):
    s = set()
    for _ in range(r.randrange(1, 60)):
        k = key()
        if r.random() < 0.7:
            s.add(k)
        else:
            s.discard(k)
    print(s)
    print(list(s | {(1, 1), (2, 2)}), list(s & {(0, 0), (1, 1), 5}), list(s - {(1, 2)}), list(s ^ {(3, 3), (0, 1)}), sorted(s, key=repr) == sorted(frozenset(s), key=repr))
visited = {(0, 0)}
frontier = [(0, 0)]
while frontier and len(visited) < 50:
    x, y = frontier.pop(0)
    for dx, dy in ((1, 0), (0, 1), (-1, 0), (0, -1)):
        p = (x + dx, y + dy)
        if p not in visited:
            visited.add(p)
            frontier.append(p)
print(visited)
print({(i, j): i * j for i in range(3) for j in range(3)})
print(frozenset({(1, 2), (2, 1)}), hash((1, 2)), hash((1.5, -1)), hash(((),)))
print({5, 13, 21})
a = 5
print({a, 13, 21})
print({13, 21})
print({(1, 2.5), (0, (1, 2)), ()})
print(frozenset({5, 13, 21}))
x = 13
print(x in {5, 13, 21})
print({1.5, 9.5, 17.5, 0.5})
