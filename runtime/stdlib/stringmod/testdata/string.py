import string

print(repr(string.whitespace), repr(string.printable), repr(string.punctuation))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, string.ascii_uppercase)
print(string.capwords(' hello   world  '), string.capwords('a-b c', '-'))
t = string.Template('$who likes ${what}')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'), t.substitute({'who': 1}, what=2))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
for bad in ['$1', 'a $ b', 'x\ny ${', '$$ ok $a']:
    try:
        print(string.Template(bad).substitute(a=1))
    except ValueError as e:
        print('ValueError', e)
print(string.Template('$a $b $a').get_identifiers(), string.Template('$').is_valid(), string.Template('$$').substitute())
print(string.Formatter().format('{0} {x}', 1, x=2))
print(string.__all__)
