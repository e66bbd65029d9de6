0
1
1_000_000
0x_ff
0XFF
0o17
0O17
0b1010
0B1_0
00
0_0
123456789012345678901234567890123456789012345678901234567890
0xffffffffffffffffffffffffffffffffffffff
1.5
1.
.5
1e10
1E-10
1.5e+3
1_0.0_1e1_0
1e400
1e-400
0.1
1e16
1e15
123456789.123456789
0.0001
0.00001
3j
3.5J
1e10j
0j
1_0j
1e400j
1if x else 2
'a'
"b"
'''c'''
"""d"""
'it''s'
"it's"
'say "hi"'
'both \' and "'
'a' 'b' "c"
'esc \n \t \r \\ \' \" \a \b \f \v \0 \12 \123 \777'
'hex \x41 \x7f \xff'
'uni \u00e9 \u2026 \U0001F600'
'names \N{BULLET} \N{em dash} \N{SNOWMAN}'
'unknown \q \d'
'line \
continued'
r'raw \n \x \N{x}'
R'raw'
u'unicode'
U'unicode'
b'bytes'
B'bytes'
b'\x00\xff\n\''
br'\x00'
rb'\d'
Rb'x'
bR'x'
b'a' b'b'
'é ü 中文 😀'
'\ud800'
'\x00\x01\x1f\x7f\x80\x9f\xa0\xad'
'\u200b\u2028\ufeff'
'''multi
line
string'''
"""
  indented
"""
x = 'tab\there'
