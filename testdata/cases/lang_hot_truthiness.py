# Truth tests in hot loops (if x: / while x: / not x) of strs, floats,
# lists, tuples and dicts, and of subclasses that decide for themselves.
class NeverEmpty(list):
    def __bool__(self):
        return True


class Sized(dict):
    def __len__(self):
        return 0


def count(values):
    hits = []
    for v in values:
        n = 0
        for _ in range(3):
            if v:
                n += 1
            if not v:
                n -= 1
        hits.append(n)
    return hits


print(count(["", "a", 0.0, -0.0, 1.5, float("nan"), [], [0], (), (0,), {}, {1: 2},
             NeverEmpty(), Sized({1: 2}), None, 0, 7, True, False]))
queue = [3, 2, 1]
while queue:
    print(queue.pop(), end=" ")
print()
