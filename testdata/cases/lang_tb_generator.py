def gen():
    yield 1
    raise ValueError('boom in generator')
def consume():
    for v in gen():
        print('got', v)
consume()
