s = 'Hello, World'
print(s.upper(), s.lower(), s.title(), s.swapcase(), s.capitalize(), s.casefold())
print(s.split(), s.split(', '), 'a,b,,c'.split(','), 'a b  c'.split(' '), '  x  y '.split(), 'a-b-c'.rsplit('-', 1), 'a-b-c'.split('-', 1))
print(s.find('o'), s.rfind('o'), s.index('W'), s.count('l'), s.startswith('He'), s.endswith(('x', 'ld')), 'o' in s)
print(s.replace('l', 'L'), s.replace('l', 'L', 1), s.strip('Hd'), '  pad  '.strip(), '  pad  '.lstrip(), '  pad  '.rstrip(), 'xxhixx'.strip('x'))
print('-'.join(['a', 'b', 'c']), ''.join(reversed('abc')), ', '.join(str(i) for i in range(3)))
print('42'.zfill(5), '-42'.zfill(5), 'abc'.center(9, '*'), 'abc'.ljust(6, '.') + '|', 'abc'.rjust(6) + '|')
print('abc123'.isalnum(), 'abc'.isalpha(), '123'.isdigit(), '12.3'.isdecimal(), '   '.isspace(), 'Title Case'.istitle(), 'UP'.isupper(), 'low'.islower(), 'x_1'.isidentifier())
print('a\nb\r\nc'.splitlines(), 'a\nb\n'.splitlines(True), 'key=value=x'.partition('='), 'key=value=x'.rpartition('='), 'none'.partition('='))
print('tab\tsep'.expandtabs(4), 'Hello'.encode('utf-8'), 'ß'.upper(), 'İ'.lower(), len('İ'.lower()))
print('%s is %d years and %.1f%%' % ('Bob', 30, 99.5), '%5s|%-5s|%05d|%x|%X|%o|%e|%g' % ('r', 'l', 42, 255, 255, 8, 1234.5, 0.00001234))
print('{0} {1} {0}'.format('a', 'b'), '{name} is {age}'.format(name='Al', age=3), '{:>10}'.format('right'), '{:^10}'.format('mid'), '{:<10}|'.format('left'))
print('{:.3}'.format(3.14159), '{:10.4f}|'.format(3.14159), '{:+.2e}'.format(12345.678), '{:,}'.format(10**9), '{:_x}'.format(2**32), '{:#b}'.format(5))
print('{!r} {!s} {!a}'.format('x', 'y', 'é'), '{0[0]} {0[1]}'.format(('p', 'q')), '{x.real}'.format(x=3+4j))
print('abc'[::-1], 'abcdef'[1::2], 'abc' * 2, 'a' < 'b', 'abc' < 'abd', 'Z' < 'a', 'é' > 'z', ord('é'), chr(233))
print(str.maketrans('ab', 'xy'), 'abc'.translate(str.maketrans('ab', 'xy', 'c')), 'hello world'.title(), "it's".title())
print('a' + 'b', 'ab' + '', 'x'.join('abc'), 'CamelCaseString'.lower(), 'snake_case'.replace('_', ' ').title().replace(' ', ''))
print('%r' % 'q', '%s' % [1, 2], '%s' % (1,), '%d%%' % 50, '%c' % 65, '%c' % 'z', '%i' % 3.9, '%5.1f|' % 2.25, '%.0f' % 0.5, '%.0f' % 1.5)
print(f'{"nested " + "expr"}', f'{3*4}', f'{"x"!r:>5}', f"{'a' 'b'}", f'{1}{2}{3}', f'{{}}', f'{{{1}}}')
text = 'The quick brown fox'
print(text.split()[::-1], ' '.join(w[::-1] for w in text.split()), sorted(text.lower().replace(' ', '')), text.count(' ') + 1)
print('abc'.removeprefix('a'), 'abc'.removesuffix('c'), 'aaa'.replace('a', 'b', 2), 'a'.join([]), ''.split(','), ''.split())
print(repr('multi\nline'), repr("quote'in"), repr('both\'"'), str(123), str(-0.5), repr(str), len('naïve'), 'naïve'.encode())
try:
    'abc'.index('z')
except ValueError as e:
    print(e)
try:
    'a' * 'b'
except TypeError as e:
    print(e)
try:
    '{} {}'.format(1)
except IndexError as e:
    print(e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print(repr(e))
try:
    int('12a')
except ValueError as e:
    print(e)
try:
    'abc'[10]
except IndexError as e:
    print(e)
try:
    s[0] = 'h'
except TypeError as e:
    print(e)
