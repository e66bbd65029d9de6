# The shortcuts for len(), isinstance() and list.append, and small tuples
# made in one allocation: subclasses, overrides and odd arguments must
# still behave as in CPython.
class MyList(list):
    def append(self, x):
        super().append(x * 10)

    def __len__(self):
        return 99


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42


class Answer(metaclass=Meta):
    pass


def run():
    plain, mine = [], MyList()
    for i in range(3):
        plain.append(i)
        mine.append(i)
    print(plain, mine, len(plain), len(mine), len("héllo"), len((1, 2)), len({1: 2}), len(range(7)))
    print(isinstance(3, int), isinstance(True, int), isinstance(42, Answer), isinstance(41, Answer),
          isinstance("x", (int, (float, str))))
    app = plain.append
    for i in range(2):
        app(i)
    print(plain)
    try:
        len(5)
    except TypeError as e:
        print(e)
    try:
        isinstance(1, 2)
    except TypeError as e:
        print(e)
    try:
        plain.append()
    except TypeError as e:
        print(e)
    try:
        list.append(5, 1)
    except TypeError as e:
        print(e)
    d = {"a": 1, "b": 2}
    pairs = [kv for kv in d.items()]
    print(pairs, list(enumerate("ab", 1)), list(zip("ab", [1, 2], (3, 4))), divmod(7, -2))
    t = ()
    for i in range(5):
        t = (i,) + t[:3]
        a, b = i, (i, i)
        print(t, a, b, (a, b, t), (1, 2, 3, 4), (1, 2, 3, 4, 5))
    x, y = (1, 2)
    x, y = y, x
    print(x, y, hash((1, 2)) == hash((1,) + (2,)), (1, 2) == (1, 2), (1, 2) < (1, 3))


run()
