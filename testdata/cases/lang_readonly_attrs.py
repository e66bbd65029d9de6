# Setting or deleting the read-only attributes of builtin values:
# getset descriptors (int.real, float.imag) and members (range.start).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def setter(o, a):
    def f():
        setattr(o, a, 1)
    return f

def deleter(o, a):
    def f():
        delattr(o, a)
    return f

for o, a in [(1, 'real'), (1, 'imag'), (True, 'numerator'), (2**70, 'denominator'),
             (1.5, 'real'), (1.5, 'imag'), (range(3), 'start'), (range(3), 'step'),
             (slice(1), 'stop'), (1, 'foo'), ('a', 'foo'), ({}, 'x')]:
    t(setter(o, a))
    t(deleter(o, a))
t(lambda: ((1).real, (2.5).imag, range(1, 5, 2).step, slice(1, 2).start))
