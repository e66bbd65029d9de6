# Number corners: bool & | ^ bool stay bools, shifts by huge counts,
# int()/float() of bytearrays, complex() keeping signed zeros, and
# int.__new__(int, x) for builtin types.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a, b = True, False
t(lambda: (True & False, True ^ True, True | False, a & b, a | b, a ^ b, a & 1, a | 0, 1 ^ a))
x = a
x &= b
t(lambda: x)
t(lambda: (True.__and__(False), True.__rxor__(True), True.__or__(1)))
t(lambda: 1 << 10**20)
t(lambda: 0 << 10**20)
t(lambda: 1 >> 10**20)
t(lambda: -1 >> 10**20)
t(lambda: int(bytearray(b' 12 ')))
t(lambda: int(bytearray(b'ff'), 16))
t(lambda: int(bytearray(b'x')))
t(lambda: float(bytearray(b'1.5')))
t(lambda: float(bytearray(b'x')))
t(lambda: (complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), complex(1, -0.0), -0j, 0j * -1))
t(lambda: (complex(1j, 1j), complex(1 + 2j, -0.0), complex(2, 1j)))
t(lambda: (int.__new__(int, 5), int.__new__(int), int.__new__(int, '12', 8), float.__new__(float, 2), str.__new__(str, 5)))
