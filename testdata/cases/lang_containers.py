d = {'b': 2, 'a': 1}
d['c'] = 3
del d['b']
d['b'] = 4
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get('z'), d.get('z', 0), d.pop('a'), d.pop('zz', 'gone'), d.setdefault('n', []), d)
d.update({'x': 1}, y=2)
d.update([('w', 0)])
print(d, len(d), 'x' in d, 1 in d, d.popitem(), d)
print({1: 'a', 1.0: 'b', True: 'c'}, dict.fromkeys('abc', 0), {**d, 'new': 1} == d | {'new': 1})
d2 = d.copy(); d2.clear(); print(d2, d)
print(sorted({3: 'c', 1: 'a'}.items()), min({'x': 5, 'y': 1}, key={'x': 5, 'y': 1}.get))
try:
    {}['missing']
except KeyError as e:
    print('KeyError', e, repr(e), e.args)
try:
    {}[('a', 1)]
except KeyError as e:
    print('KeyError', e)
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 99); l.insert(-1, 98)
print(l, l.pop(), l.pop(0), l.index(2), l.count(1), l)
l.remove(98); l.reverse(); print(l)
l.sort(); print(l, l.copy() == l, l.copy() is l)
l.sort(key=lambda x: -x); print(l)
l.clear(); print(l, [] == [], [1, 2] < [1, 3], [1, 2] == [1, 2.0], [[]] * 3)
nested = [[1, 2], [3]]
cp = nested.copy(); cp[0].append(9); print(nested)
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:3], (1,), (), tuple(), len(t), max(t), 2 in t)
a, b = (1, 2) if True else (3, 4)
s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1)
print(s, s | {9}, s & {2, 3}, s - {2}, s ^ {2, 7}, s <= {2, 3, 4, 5}, s.issubset({2, 3, 4}), s.isdisjoint({8}))
print(s.union([10]), s.intersection([2, 3]), s.difference({3}), s.symmetric_difference({4, 5}), set(), {1, 2} == {2, 1})
fs = frozenset([1, 2])
print(fs, fs | {3}, hash(fs) == hash(frozenset([2, 1])), {fs: 'ok'}[frozenset({1, 2})])
try:
    set().remove(5)
except KeyError as e:
    print('KeyError', e)
s2 = {'only'}; print(s2.pop(), s2)
print(list(zip(*[[1, 2], [3, 4]])), dict(zip(['a', 'b'], [1, 2])), [list(p) for p in zip('ab', 'cd')])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], sum(map(sum, matrix)))
stack = []; stack.append(1); stack.append(2); print(stack.pop(), stack)
from collections import deque
q = deque([1, 2]); q.appendleft(0); q.append(3); print(q, q.popleft(), q.pop(), q)
print(sorted(['banana', 'Apple', 'cherry']), sorted(['banana', 'Apple', 'cherry'], key=str.lower))
words = 'the quick brown the lazy the'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(list(d.items())[0] if d else None, {k: v for k, v in sorted(counts.items())})
print(repr({}), repr(set()), repr(frozenset()), repr([]), repr(()), repr({1: {2: [3, (4,)]}}))
print([1, 2, 3] * 0, [None] * 2, 'ab' * 3, -1 * 'x', list(range(0)), [x for x in []])
