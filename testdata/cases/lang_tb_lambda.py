f = lambda x: x / 0
def apply(fn, v):
    return fn(v)
print('start')
apply(f, 1)
