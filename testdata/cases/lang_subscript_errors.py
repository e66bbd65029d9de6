# Subscripts that are not plain small ints: huge ints, __index__ objects and
# wrong key types on str, list, tuple, range, bytes and bytearray.
class I:
    def __index__(self):
        return 1

for seq in ['abc', [1, 2, 3], (1, 2, 3), range(3), b'abc', bytearray(b'abc')]:
    print(type(seq).__name__, repr(seq[I()]))
    for key in [10**20, -10**20, 'a', 1.0, None]:
        try:
            print(repr(seq[key]))
        except Exception as e:
            print(' ', type(e).__name__, e)
L = [1, 2]
for f in [lambda: L.__setitem__(10**20, 1), lambda: L.__delitem__(10**20),
          lambda: L.__setitem__('a', 1), lambda: L.__delitem__(1.0)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b'ab')
try:
    ba[10**20] = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    ba['x'] = 1
except Exception as e:
    print(type(e).__name__, e)
