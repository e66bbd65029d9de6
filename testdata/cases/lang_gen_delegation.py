def inner():
    try:
        x = yield 1
        print('inner got', x)
        y = yield 2
        print('inner got', y)
    except KeyError as e:
        print('inner caught', repr(e))
        yield 'recovered'
    finally:
        print('inner finally')
    return 'inner result'
def outer():
    r = yield from inner()
    print('outer got result', r)
    yield 'after'
g = outer()
print(next(g))
print(g.send('a'))
print(g.throw(KeyError('k')))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
g = outer()
next(g)
g.close()
print('closed', g.gi_frame is None)
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == 'reset':
            i = 0
        else:
            i += 1
c = counter()
print(next(c), next(c), c.send('reset'), next(c))
def gen_return():
    yield 1
    return 42
def wrap():
    v = yield from gen_return()
    return v * 2
w = wrap()
print(list(w))
try:
    next(w)
except StopIteration as e:
    print(repr(e), e.value)
def closer():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise
g = closer(); next(g); g.close()
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad_closer(); next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
def thrower():
    yield 1
g = thrower()
try:
    g.throw(ValueError('before start'))
except ValueError as e:
    print('thrown before start', e)
print(list(thrower()), next(g, 'default'))
def stop_inside():
    yield 1
    raise StopIteration('x')
try:
    list(stop_inside())
except RuntimeError as e:
    print(e, repr(e.__cause__))
gen = (x * x for x in range(3))
print(gen.__name__, next(gen), list(gen), list(gen))
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print(e)
def yf_iter():
    yield from [1, 2]
    yield from 'ab'
    yield from range(2)
print(list(yf_iter()))
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
