class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack()
s.push(1); s.push(2); s.extend([3, 4])
print(s, len(s), s.peek(), s.pop(), s, type(s).__name__, isinstance(s, list), bool(Stack()), s + [9], type(s + [9]).__name__)
print(Stack([5, 6]), Stack('ab'), sorted(Stack([3, 1, 2])), Stack([1]) == [1], s[1:], 2 in s, list(reversed(s)))
s.name = 'my stack'
print(s.name, vars(s))
class Logged(list):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label
    def __repr__(self): return f'Logged({self.label}: {list.__repr__(self)})'
    def __getitem__(self, i):
        print('get', i)
        return super().__getitem__(i)
    def __len__(self): return 100
lg = Logged([1, 2], 'L')
print(lg, lg[0], len(lg), [lg], str(lg))
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value): self[name] = value
ad = AttrDict(a=1, b=2)
ad.c = 3
print(ad, ad.a, ad.c, list(ad.keys()), len(ad), 'a' in ad, ad.get('b'), type(ad).__name__, dict(ad))
try:
    ad.zzz
except AttributeError as e:
    print('AttributeError', e)
class Counter(dict):
    def __missing__(self, key): return 0
    def add(self, k): self[k] += 1
c = Counter()
for ch in 'banana':
    c.add(ch)
print(c, c['z'], 'z' in c, sorted(c.items()), c == {'b': 1, 'a': 3, 'n': 2})
class Ordered(dict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
o = Ordered()
o['x'] = 1
o.update(y=2)
print(o, {**o})
class Eq(list):
    def __eq__(self, other): return 'custom eq'
print(Eq([1]) == [1], [1] == Eq([1]), Eq() != [])
class Plus(list):
    def __add__(self, other): return 'custom add'
print(Plus() + [1], [1] + Plus([2]))
