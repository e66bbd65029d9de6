from collections import deque, OrderedDict, defaultdict, Counter, namedtuple, ChainMap

cases = [
    ("pop", lambda: deque().pop()), ("popleft", lambda: deque().popleft()), ("index", lambda: deque([1]).index(2)),
    ("remove", lambda: deque([1]).remove(2)), ("maxlen neg", lambda: deque([], -1)), ("maxlen str", lambda: deque([], "a")),
    ("getitem", lambda: deque([1])[5]), ("slice", lambda: deque([1])[0:1]), ("str idx", lambda: deque([1])["a"]),
    ("insert full", lambda: deque([1], 1).insert(0, 2)),
    ("add list", lambda: deque() + [1]), ("mul", lambda: deque([1, 2]) * 2), ("rotate str", lambda: deque().rotate("a")),
    ("setitem", lambda: deque([1]).__setitem__(3, 1)), ("delitem", lambda: deque([1]).__delitem__(3)),
    ("cmp", lambda: deque([1]) < deque([2])), ("eq", lambda: deque([1]) == [1]), ("kw", lambda: deque(iterable=[1], maxlen=2)),
    ("toomany", lambda: deque(1, 2, 3)), ("dd bad", lambda: defaultdict(1)), ("dd missing", lambda: defaultdict(list)["x"]),
    ("dd none", lambda: defaultdict()["x"]), ("od pop", lambda: OrderedDict().popitem()), ("od mte", lambda: OrderedDict().move_to_end("x")),
    ("counter fromkeys", lambda: Counter.fromkeys("ab")), ("counter bad", lambda: Counter(5)),
    ("extend self", lambda: (lambda d: (d.extend(d), d))(deque([1, 2]))),
    ("od repr", lambda: repr(OrderedDict(a=1))), ("dd repr", lambda: repr(defaultdict(list, a=[1]))),
    ("od eq", lambda: (OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))),
    ("dd copy", lambda: type(defaultdict(int).copy())), ("dd none repr", lambda: repr(defaultdict())),
    ("counter repr", lambda: repr(Counter("abracadabra"))), ("empty counter", lambda: repr(Counter())),
    ("deque repr", lambda: (repr(deque()), repr(deque(maxlen=2)), repr(deque([1, [2]], 5)))),
    ("rec", lambda: (lambda d: (d.append(d), repr(d)))(deque())[1]),
    ("dd keys", lambda: repr(defaultdict(int, a=1).keys())), ("deque idx", lambda: deque([1, 2, 3]).index(3, 0, 2)),
    ("dd call", lambda: defaultdict(list, {1: 2}, x=3)),
    ("nt missing", lambda: namedtuple("P", "x y")(1)), ("nt many", lambda: namedtuple("P", "x y")(1, 2, 3)),
    ("nt kw", lambda: namedtuple("P", "x y")(1, z=3)), ("nt bad name", lambda: namedtuple("P", "x 1y")),
    ("nt kw name", lambda: namedtuple("P", "x class")), ("nt underscore", lambda: namedtuple("P", "x _y")),
    ("nt dup", lambda: namedtuple("P", "x x")), ("nt rename", lambda: namedtuple("P", "x x class _y", rename=True)._fields),
    ("nt defaults", lambda: namedtuple("P", "x y z", defaults=[2, 3])(1)), ("nt too many defaults", lambda: namedtuple("P", "x", defaults=[1, 2])),
    ("nt field defaults", lambda: namedtuple("P", ["x", "y"], defaults=(0,))._field_defaults),
    ("nt make", lambda: namedtuple("P", "x y")._make([1])), ("nt replace", lambda: namedtuple("P", "x y")(1, 2)._replace(z=1)),
    ("nt setattr", lambda: setattr(namedtuple("P", "x y")(1, 2), "z", 1)),
    ("nt lt", lambda: namedtuple("P", "x y")(1, 2) < (1, 3)), ("nt mul", lambda: namedtuple("P", "x y")(1, 2) * 2),
    ("nt index", lambda: namedtuple("P", "x y")(1, 2).index(2)), ("nt count", lambda: namedtuple("P", "x y")(1, 1).count(1)),
    ("nt getitem", lambda: namedtuple("P", "x y")(1, 2)[5]), ("nt in", lambda: 2 in namedtuple("P", "x y")(1, 2)),
    ("cm del", lambda: ChainMap({}, {"a": 1}).__delitem__("a")), ("cm new_child", lambda: ChainMap({"a": 1}).new_child({"b": 2})),
    ("cm parents", lambda: ChainMap({"a": 1}, {"b": 2}).parents), ("cm missing", lambda: ChainMap({})["x"]),
    ("counter ops", lambda: (Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2), +Counter(a=-1, b=2), -Counter(a=-1, b=2))),
    ("counter cmp", lambda: (Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=1) == Counter(a=1, b=0))),
    ("counter subtract", lambda: (lambda c: (c.subtract("aab"), c)[1])(Counter("ab"))),
    ("counter del", lambda: (lambda c: (c.__delitem__("zz"), c)[1])(Counter("ab"))),
    ("counter most_common", lambda: Counter("aabbbc").most_common(0)),
    ("counter kw", lambda: Counter(a=2, b=1)), ("counter dict", lambda: Counter({"x": 5, "y": -1})),
    ("od fromkeys", lambda: OrderedDict.fromkeys("ab", 0)), ("dd fromkeys", lambda: defaultdict.fromkeys("ab")),
    ("od reversed", lambda: list(reversed(OrderedDict(a=1, b=2)))), ("dd factory", lambda: defaultdict(int).default_factory),
    ("od copy", lambda: OrderedDict(a=1).copy()), ("od mte first", lambda: (lambda o: (o.move_to_end("b", last=False), o)[1])(OrderedDict(a=1, b=2))),
    ("dict or", lambda: defaultdict(int, a=1) | {"b": 2}), ("dict ror", lambda: {"b": 2} | OrderedDict(a=1)),
    ("deque reversed", lambda: list(reversed(deque([1, 2, 3])))), ("deque copy", lambda: deque([1], 3).copy()),
    ("deque count", lambda: deque([1, 1, 2]).count(1)), ("deque insert", lambda: (lambda d: (d.insert(1, 9), d)[1])(deque([1, 2]))),
    ("deque extendleft", lambda: (lambda d: (d.extendleft([1, 2, 3]), d)[1])(deque([0]))),
    ("deque reverse", lambda: (lambda d: (d.reverse(), d)[1])(deque([1, 2, 3]))),
    ("deque maxlen0", lambda: (lambda d: (d.append(1), d)[1])(deque(maxlen=0))), ("deque bool", lambda: (bool(deque()), bool(deque([0])))),
    ("deque clear", lambda: (lambda d: (d.clear(), d)[1])(deque([1]))), ("deque eq", lambda: deque([1, 2]) == deque([1, 2])),
    ("deque del", lambda: (lambda d: (d.__delitem__(0), d)[1])(deque([1, 2]))),
]
for name, f in cases:
    try:
        print(name, "->", repr(f()))
    except Exception as e:
        print(name, "!!", type(e).__name__, e)

def mutate():
    d = deque([1, 2])
    for x in d:
        d.append(x)
try:
    mutate()
except RuntimeError as e:
    print("RuntimeError", e)
