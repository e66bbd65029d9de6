# Comments and every string form
x = 1  # trailing comment
total = (1 +
         2 +
         3)
items = [
    'a',
    "b",
]
long = 1 + \
    2
print(x, total, items, long)
print('single', "double", '''triple single''', """triple
double""")
print('it\'s', "say \"hi\"", 'tab\there', 'nl\\n', 'bell\a!'.encode())
print(r'raw\n\t', R"raw\d+", rb'\x00', Rb"\n")
print('\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\101\0')
print(b'bytes\x00\xff', B"abc", b'\n'.hex())
print('adjacent' 'concat' "enation")
print(len('\N{BULLET}'), ord('\u20ac'), chr(8364))
print(repr('a\'b'), repr("a\"b'"), repr('\t\n\r\x07\x7f'), repr('é'))
print(repr(b'\t\n\x80'), repr(b"'"), repr(b'"\''))
s = """line1
line2\
 continued"""
print(s)
print(repr('\u200b'), repr('\x00'), ascii('héllo€'))
print(u'unicode prefix')
print('%s and %d and %5.2f and %r and %x' % ('s', 42, 3.14159, 'r', 255))
print('%(a)s-%(b)03d' % {'a': 'A', 'b': 7})
print('%-5s|%+d|%o|%e|%%' % ('ab', 5, 8, 12345.678))
