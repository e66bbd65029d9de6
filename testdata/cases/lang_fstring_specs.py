name = "World"
pi = 3.14159265
n = 1234567.891
print(f"Hello, {name}!")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:^10.2f}|")
print(f"{'x':>8}|{'x':<8}|{'x':^8}|{'x':*^9}|")
print(f"{n:,} {n:,.2f} {1234567:,} {1234567:_}")
print(f"{3.14159:08.3f} {-3.14159:08.3f} {42:08d} {42:+d} {42: d}")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:#o} {255:b} {255:#010b}")
print(f"{0.256:%} {0.256:.1%} {1:.0%}")
print(f"{name!r} {name!s} {'héllo'!a} {name!r:>10}")
print(f"{1e10:e} {1e-10:.2e} {123.456:g} {1e20:g} {0.0001:g}")
d = {'a': 1, 'b': [1, 2]}
print(f"{d['a']} {d['b'][1]} {len(d)} {'yes' if d else 'no'}")
print(f"{{literal braces}} {{{name}}}")
width = 10
prec = 3
print(f"{pi:{width}.{prec}f}|")
print(f"{f'{name:>6}'}|")
x = 5
print(f"{x=} {x*2=} {name=!s} {pi=:.1f}")
print(f"{[i*i for i in range(4)]} {(lambda: 7)()}")
print(f"{x:>{width}}")
print(format(123, '>6'), format(3.5, '.3e'), format('s', '^5'), format(1234.5, ','))
print("{} {} {}".format(1, 'a', 2.5), "{1} {0}".format('a', 'b'), "{x}-{y}".format(x=1, y=2))
print("{:>5}|{:<5}|{:^5}|".format('a', 'b', 'c'), "{0[1]} {1.real}".format([7, 8], 3))
print("{!r}".format('q'), "{:,.3f}".format(1234.5678))
print(f"{True} {None} {3+4j} {b'x'}")
print(f"{-0.0} {float('inf')} {1.0} {1e16} {12.0:.0f} {2.5:.0f}")
print(f"{'abc':.2}|{12:5}|{'ab':5}|{1.5:5}|")
print(f"{1234.5:_>12,.1f}")
