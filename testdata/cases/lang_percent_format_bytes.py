# %-formatting corners: which right operands count as mappings, a key
# consuming the arguments, "%5%", %f of __float__ objects and huge ints,
# bytes % (PEP 461), and format(bool, spec) errors naming bool.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for a in [range(3), b'x', bytearray(b'x'), [1], {}, 5, None, 'x', (1,)]:
    t(lambda: 'abc' % a)
t(lambda: '%s' % [1])
t(lambda: '%s %s' % [1])
t(lambda: '%(a)s %s' % {'a': 1})
t(lambda: '%s %(a)s' % {'a': 1})
t(lambda: '%(a)s %*d' % {'a': 1})
for f, a in [('%5%|', (1,)), ('%5%|', ()), ('%%|', ()), ('%(a)%|', {'a': 1}), ('%s%%', (1,))]:
    t(lambda: f % a)
    t(lambda: f.encode() % a)

class F:
    def __float__(self):
        return 2.5

class N:
    def __index__(self):
        return 7

for a in [F(), N(), 1 + 2j, 'x', 10**400, None]:
    t(lambda: '%.2f' % a)

class B:
    def __bytes__(self):
        return b'BB'

t(lambda: b'%s|%5s|%-5s|%.1s' % (b'ab', b'ab', bytearray(b'ab'), b'xyz'))
t(lambda: b'%b' % B())
t(lambda: b'%r %a' % ('\xe9', b'x'))
t(lambda: b'%c%c%c' % (65, b'b', bytearray(b'c')))
t(lambda: b'%c' % 256)
t(lambda: b'%c' % b'ab')
t(lambda: b'%c' % 'a')
t(lambda: b'%d %5.2f %x %o %e %g %i %05d %+d' % (1, 2.5, 255, 8, 1.5, 0.1, 3, 4, 5))
t(lambda: b'%(a)s %(b)d' % {b'a': b'x', b'b': 2})
t(lambda: b'%(a)s' % {'a': b'x'})
t(lambda: b'%s %s' % (b'a',))
t(lambda: b'%s' % (b'a', b'b'))
t(lambda: b'abc' % b'x')
t(lambda: b'abc' % [])
t(lambda: b'abc' % 'x')
t(lambda: b'%s' % 'x')
t(lambda: b'%s' % 5)
t(lambda: b'%z' % 5)
t(lambda: bytearray(b'%s-%d') % (b'a', 5))
t(lambda: b'%s' % bytearray(b'x'))
t(lambda: '%s' % bytearray(b'x'))
t(lambda: b'\xff%s\xfe' % b'\x80')
t(lambda: '%b' % 1)
t(lambda: 5 % b'x')
t(lambda: format(True, 's'))
t(lambda: format(False, 'q'))
t(lambda: format(True, '>5'))
