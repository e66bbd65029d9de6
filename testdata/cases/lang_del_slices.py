lst = list(range(10))
print(lst[2:5], lst[::2], lst[::-1], lst[-3:], lst[:-7], lst[1:8:3], lst[8:2:-2])
print(lst[100:], lst[-100:2], 'hello'[::-1], (1, 2, 3)[1:], 'abcdef'[1:5:2])
lst[2:5] = ['a', 'b']
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
del lst[::3]
print(lst)
del lst[0]
del lst[-1]
print(lst)
lst[1:1] = [7, 7]
print(lst)
lst[:] = []
print(lst)
try:
    l2 = [1, 2, 3]
    l2[::2] = [1]
except ValueError as e:
    print(e)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
class C:
    y = 1
c = C()
c.z = 2
del c.z
try:
    del c.z
except AttributeError as e:
    print(e)
a, b = 1, 2
del a, b
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, [0, 1, 2, 3, 4, 5][s])
print(slice(None, 3).indices(10), slice(-2, None).indices(5))
try:
    [1][5]
except IndexError as e:
    print(e)
try:
    (1,)[5]
except IndexError as e:
    print(e)
try:
    'a'[5]
except IndexError as e:
    print(e)
try:
    [][0] = 1
except IndexError as e:
    print(e)
try:
    lst = [1]; del lst[3]
except IndexError as e:
    print(e)
print([1, 2, 3][-1], 'xyz'[-2])
