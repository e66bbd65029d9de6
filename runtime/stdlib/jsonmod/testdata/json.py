import json
from collections import OrderedDict, namedtuple, defaultdict, Counter

tests = ['[1,', '{"a" 1}', '{"a":1,}', '[1 2]', '"abc', '{1:2}', 'nul', '[1]x', '"\\x"', '"a\nb"', '', '  ', '{"a":1', '[',
         '"\\u12"', '1.5e', '-', '[1,]', '{"a":1 "b":2}', '"é" x', '\n\n  [1,\n  x]', '01', '[-]', '{"a":}', '"\\ud83d\\ude00"']
for t in tests:
    try:
        print(repr(t), repr(json.loads(t)))
    except json.JSONDecodeError as e:
        print(repr(t), 'ERR', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(json.dumps({'a': [1, 2.5, None, True], 'b': 'é\n"\\', 3: float('inf'), None: 1, 2.5: 'x', False: 0}))
print(json.dumps([1, {'a': []}, {}], indent=2))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True, indent='\t'), json.dumps('😀'), json.dumps('😀', ensure_ascii=False))
print(json.dumps([1, 2], separators=(',', ':')), json.dumps(1e100), json.dumps(10**30), json.dumps(-0.0), json.dumps('\x01\x7f'), json.dumps('\x7fé', ensure_ascii=False))
for o in [set(), object(), {(1,): 2}, float('nan')]:
    try:
        print(json.dumps(o, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).replace(hex(id(o)), 'ADDR'))
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
print(json.loads('{"a": [1, 2.0, 1e3, -0, true, null, "x\\u00e9\\n"], "a": 5}'), json.loads('NaN'), json.loads('[Infinity, -Infinity]'), json.loads(b'[1]'))
print(json.dumps({'x': 1}, indent=0), repr(json.dumps([], indent=4)), json.dumps((1, 2)), json.dumps({'a': 1}, default=str))
print(json.dumps([set()], default=list), json.loads('{"a": 1}', object_pairs_hook=list), json.loads('1.5', parse_float=str), json.loads('{"a":{}}', object_hook=lambda d: len(d)))
print(json.loads('  [1,  2 ] \n'), json.loads('12345678901234567890'), json.loads('1E2'), json.loads('0.1'), json.loads('-12'))
P = namedtuple('P', 'x y')
print(json.dumps({'od': OrderedDict(b=1, a=2), 'p': P(1, 2), 'dd': defaultdict(int, k=1), 'c': Counter('aab')}))
print(json.dumps({'z': 1, 'a': {'y': 2, 'b': 1}}, sort_keys=True, indent=1, separators=(',', ' = ')))
print(json.dumps({1: 'a', 'b': 2}, skipkeys=True), json.dumps({(1,): 1, 'k': 2}, skipkeys=True))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=Enc), Enc(indent=2).encode([1]))
print(json.JSONDecoder().raw_decode('[1, 2] tail'), json.JSONDecoder().decode(' {"k": [true]} '))
try:
    json.loads(5)
except TypeError as e:
    print(e)
try:
    json.dumps(float('inf'), allow_nan=False)
except ValueError as e:
    print(e)
s = json.dumps({"name": "Ann", "tags": ["a", "b"], "n": 3}, indent=4)
print(s)
print(json.loads(s) == {"name": "Ann", "tags": ["a", "b"], "n": 3})
print(json.JSONDecodeError.__module__, json.JSONDecodeError.__mro__[1])
