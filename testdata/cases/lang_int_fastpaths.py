# Integer and float arithmetic at the edges of the VM's fast paths.
big = 2**63 - 1
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 2**31 - 1, -2**31, 2**31, 2**53, 2**53 + 1, big, -big - 1, 10**20]
out = []
for x in vals:
    for y in vals:
        row = [x + y, x - y, x * y]
        if y:
            row += [x % y, x // y, x / y]
        out.append(hash(tuple(row)) if False else row)
print(len(out))
print(out[::37])
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, -big - 1 // -1, (-big - 1) % -1, (-big - 1) // -1)
print(2**53 / 3, (2**53 + 1) / 3, 1 / 3, -1 / 3, 10**20 / 7)
print(1.5 + 2.25, 1.5 - 2.25, 1.5 * -0.0, 1e308 * 10, -1e308 * 10, 0.1 + 0.2, 7.0 / 2.0)
for a, b in ((1, 0), (1.0, 0.0), (5, 0), (0, 0)):
    for f in (lambda: a / b, lambda: a // b, lambda: a % b):
        try:
            f()
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
print("ab" + "cd", "x" == "x", "x" != "y", "" + "", "a" < "b")
