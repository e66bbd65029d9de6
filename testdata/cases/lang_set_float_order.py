# Sets of floats iterate in CPython's hash-table order (float hashes are
# reproducible), mixed with ints too; a set passed to remove, discard or
# "in" stands for the frozenset of its elements.
import random
r = random.Random(5)
for trial in range(40):
    s = set()
    for _ in range(r.randrange(1, 30)):
        k = r.choice([r.randrange(-50, 50), r.randrange(-50, 50) / 4, r.random() * 1e6,
                      float(r.randrange(10)), r.choice([float('inf'), -float('inf'), 0.0, -0.0, 1e300, 5e-324, 2.0**70, 2**70])])
        if r.random() < 0.75:
            s.add(k)
        else:
            s.discard(k)
    print(list(s), list(s | {0.5, 3}), list({1.25, 7} ^ s))
print({0.5, 1.5, 2.5}, {1.0, 1, True}, {0.1, 0.2, 0.3}, frozenset({2.5, 0.5}))

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

fs = {frozenset({1}), 2}
t(lambda: {1} in fs)
t(lambda: fs.__contains__({1}))
t(lambda: fs.discard({2}))
t(lambda: fs.remove({3}))
t(lambda: fs.remove({1}))
t(lambda: fs)
t(lambda: [] in fs)
t(lambda: {1}.discard([]))
