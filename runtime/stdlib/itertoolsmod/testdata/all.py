import itertools as it

cases = [
 ("count str", lambda: it.count('a')), ("count repr", lambda: (repr(it.count()), repr(it.count(5)), repr(it.count(1.5, 0.5)), repr(it.count(2, 3)), repr(it.count(step=-1)))),
 ("repeat none", lambda: it.repeat()), ("repeat repr", lambda: (repr(it.repeat(5)), repr(it.repeat('a', 3)), repr(it.repeat(1, -2)))),
 ("islice neg", lambda: it.islice('abc', -1)), ("islice str", lambda: it.islice('abc', 'x')), ("islice step0", lambda: it.islice('abc', 0, 2, 0)),
 ("islice none", lambda: it.islice('abc')), ("islice many", lambda: it.islice('abc', 1, 2, 3, 4)), ("islice start neg", lambda: it.islice('abc', -1, 2)),
 ("perm int", lambda: it.permutations(3)), ("comb noarg", lambda: it.combinations('abc')), ("comb neg", lambda: it.combinations('abc', -1)),
 ("perm neg", lambda: it.permutations('abc', -1)), ("cwr noarg", lambda: it.combinations_with_replacement('ab')),
 ("tee neg", lambda: it.tee([], -1)), ("product kw", lambda: it.product('ab', foo=1)), ("product repeat neg", lambda: list(it.product('ab', repeat=-1))),
 ("zip_longest kw", lambda: it.zip_longest('a', bar=1)), ("accum bad", lambda: list(it.accumulate([1, 'a']))),
 ("starmap noarg", lambda: it.starmap(pow)), ("starmap bad", lambda: list(it.starmap(pow, [1]))), ("cycle int", lambda: it.cycle(1)),
 ("pairwise", lambda: list(it.pairwise('abcd'))), ("compress", lambda: list(it.compress('abcd', [1, 0, 1]))),
 ("dropwhile", lambda: list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1]))), ("takewhile", lambda: list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1]))),
 ("filterfalse", lambda: list(it.filterfalse(None, [0, 1, '', 'a']))), ("accum init", lambda: list(it.accumulate([1, 2, 3], initial=10))),
 ("accum func", lambda: list(it.accumulate([3, 1, 4], max))), ("islice", lambda: (list(it.islice(range(10), 2, 8, 2)), list(it.islice(it.count(), 3)))),
 ("type", lambda: (type(it.chain()), it.chain, type(it.count()))), ("count float", lambda: list(it.islice(it.count(0.1, 0.1), 4))),
 ("groupby", lambda: [(k, list(g)) for k, g in it.groupby("aaabbcaa")]), ("product", lambda: list(it.product('ab', range(2)))),
 ("perm", lambda: list(it.permutations('abc', 2))), ("perm all", lambda: list(it.permutations(range(3)))), ("comb", lambda: list(it.combinations(range(4), 3))),
 ("cwr", lambda: list(it.combinations_with_replacement('abc', 2))),
 ("zl", lambda: list(it.zip_longest('ab', 'xyz', fillvalue='-'))), ("tee", lambda: [list(x) for x in it.tee('abc', 3)]), ("tee type", lambda: type(it.tee('a')[0])),
 ("next empty", lambda: next(it.chain())), ("count kw", lambda: it.count(start=3, step=2)), ("repeat kw", lambda: list(it.repeat(object=1, times=2))),
 ("groupby type", lambda: type(next(it.groupby('a'))[1])), ("chain.from_iterable", lambda: list(it.chain.from_iterable(['ab', 'cd']))),
 ("islice kw", lambda: it.islice('abc', stop=2)), ("comb r>n", lambda: list(it.combinations('ab', 3))), ("perm r>n", lambda: list(it.permutations('ab', 3))),
 ("product none", lambda: list(it.product())), ("accum empty", lambda: list(it.accumulate([]))), ("product repeat", lambda: list(it.product([0, 1], repeat=2))),
 ("groupby key", lambda: [(k, list(g)) for k, g in it.groupby(range(10), key=lambda x: x // 3)]),
 ("groupby skip", lambda: [k for k, g in it.groupby("aabbbc")]),
 ("groupby stale", lambda: (lambda gs: [list(g) for k, g in gs])(list(it.groupby("aabb")))),
 ("cycle", lambda: list(it.islice(it.cycle("ab"), 5))), ("repeat", lambda: list(it.repeat("x", 3))),
 ("chain", lambda: list(it.chain("ab", [1, 2], (3,)))), ("starmap", lambda: list(it.starmap(pow, [(2, 3), (3, 2)]))),
 ("zip_longest empty", lambda: list(it.zip_longest())), ("tee0", lambda: it.tee("ab", 0)),
 ("islice step", lambda: list(it.islice("abcdefg", 0, None, 3))), ("islice stop none", lambda: list(it.islice("abc", None))),
 ("comb0", lambda: list(it.combinations("abc", 0))), ("cwr empty", lambda: list(it.combinations_with_replacement("", 2))),
 ("count big", lambda: list(it.islice(it.count(2**63 - 2), 3))), ("accum str", lambda: list(it.accumulate("abc"))),
 ("compress short", lambda: list(it.compress("abc", [1]))), ("iter is self", lambda: (lambda c: iter(c) is c)(it.count())),
]
for name, f in cases:
    try:
        print(name, "->", repr(f()))
    except Exception as e:
        print(name, "!!", type(e).__name__, e)

ts = it.tee(iter([1, 2, 3]))
print(next(ts[0]), next(ts[0]), next(ts[1]), list(ts[1]), list(ts[0]))
g = it.groupby([1, 1, 2])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print(list(zip(it.count(10), "abc")), sum(it.islice(it.count(1), 100)))
