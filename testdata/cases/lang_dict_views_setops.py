# Set operations and comparisons of dict keys/items views with any
# iterable on either side, and sets changing size during iteration.
def t(f):
    try:
        r = f()
        if isinstance(r, tuple):
            print(tuple(sorted(x) if isinstance(x, set) else x for x in r))
        else:
            print(sorted(r, key=repr) if isinstance(r, set) else repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
for other in [{'a', 'z'}, ['a', 'z'], ('a',), 'az', {'b': 0, 'z': 0}.keys(), frozenset('a'), {'a': 0}]:
    t(lambda: (d.keys() | other, d.keys() & other, d.keys() - other, d.keys() ^ other))
    t(lambda: (other | d.keys(), other & d.keys(), other - d.keys(), other ^ d.keys()))
t(lambda: d.keys() | 5)
t(lambda: 5 & d.keys())
t(lambda: d.keys() | [1, [2]])
t(lambda: d.items() | [('q', 1)])
t(lambda: d.items() & [('a', 1), ['x']])
t(lambda: d.items() - {('a', 1)})
t(lambda: d.values() | [1])
for other in [{'a', 'b', 'c'}, {'a'}, {'a', 'b', 'c', 'd'}, {'b': 0, 'z': 0}.keys(), ['a', 'b', 'c'], frozenset('abc')]:
    t(lambda: (d.keys() < other, d.keys() <= other, d.keys() > other, d.keys() >= other, d.keys() == other, d.keys() != other))
    t(lambda: (other < d.keys(), other <= d.keys(), other > d.keys(), other >= d.keys(), other == d.keys(), other != d.keys()))
t(lambda: d.items() <= {('a', 1), ('b', 2), ('c', 3), ('d', 4)})
t(lambda: {'a': []}.items() == {'a': []}.items())
t(lambda: d.values() < d.values())

def grow():
    s = {1}
    for k in s:
        s.add(2)

def shrink():
    s = {1, 2, 3}
    for k in s:
        s.discard(k)

def manual():
    s = {1, 2}
    it = iter(s)
    print(next(it))
    s.add(3)
    next(it)

def same_size():
    s = {1}
    for k in s:
        s.add(1)
    return s

for f in [grow, shrink, manual, same_size]:
    t(f)
