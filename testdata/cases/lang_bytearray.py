ba = bytearray(b'hello')
ba[0] = 74
ba[1:3] = b'EL'
ba.append(33)
ba.extend([63, 63])
ba += b'!'
print(ba, len(ba), ba[0], ba[-1], ba[1:4], bytes(ba), ba.decode(), ba.upper(), ba.split(b'L'), ba.hex())
del ba[0]
del ba[-3:]
print(ba, ba.pop(), ba, ba.find(b'L'), b'E' in ba, 76 in ba, list(ba), ba == bytearray(b'ELl'), ba == b'ELl')
print(bytearray(3), bytearray([1, 2, 3]), bytearray('é', 'utf-8'), bytearray(), bytearray(b'ab') + b'cd', b'x' + bytearray(b'y'), bytearray(b'ab') * 2)
ba2 = bytearray(b'abc'); ba2.reverse(); ba2.insert(0, 120); ba2.remove(98)
print(ba2, ba2.copy(), ba2.copy() is ba2, repr(bytearray(b"it's")), str(bytearray(b'\x00\xff')))
for err in [lambda: ba.append(256), lambda: ba.append('a'), lambda: hash(ba), lambda: bytearray(b'')[0], lambda: bytearray().pop(), lambda: ba.remove(99), lambda: ba + 'x']:
    try:
        err()
    except Exception as e:
        print(type(e).__name__, e)
b3 = bytearray(b'abcdef')
b3[::2] = b'XYZ'
print(b3, type(b3).__name__, isinstance(b3, bytearray), sorted(bytearray(b'cab')), bytearray(b'a b').split())
