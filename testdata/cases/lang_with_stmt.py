class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Managed('a') as m:
    print('body', m.name)
with Managed('outer'), Managed('inner') as i:
    print('nested body', i.name)
with Managed('s', suppress=True):
    raise ValueError('suppressed!')
print('after suppressed')
try:
    with Managed('p'):
        raise KeyError('propagated')
except KeyError as e:
    print('caught', repr(e))
def early():
    with Managed('ret'):
        return 'returned'
print(early())
for i in range(2):
    with Managed(f'loop{i}'):
        if i == 0:
            continue
        break
with (Managed('paren1') as p1,
      Managed('paren2') as p2):
    print(p1.name, p2.name)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
class BadEnter:
    def __enter__(self): raise RuntimeError('enter failed')
    def __exit__(self, *a): print('never'); return False
try:
    with BadEnter():
        print('not run')
except RuntimeError as e:
    print(e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise OSError('exit failed')
try:
    with ExitRaises():
        raise ValueError('body')
except OSError as e:
    print('OSError', e, 'context:', repr(e.__context__))
