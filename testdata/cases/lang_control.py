for i in range(3):
    if i == 0:
        print('zero')
    elif i == 1:
        print('one')
    else:
        print('other')
for i in range(5):
    if i == 3:
        break
else:
    print('not reached')
for i in range(2):
    pass
else:
    print('for-else ran', i)
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
    print('even', n)
else:
    print('never')
while False:
    pass
else:
    print('while-else')
for x in []:
    print('no')
else:
    print('empty for else')
def f():
    for i in range(10):
        try:
            if i == 2:
                return 'returned at 2'
        finally:
            print('finally', i)
print(f())
def g():
    for i in range(3):
        try:
            continue
        finally:
            print('cont-finally', i)
    return 'done'
print(g())
def h():
    while True:
        try:
            break
        finally:
            print('break-finally')
    return 'h'
print(h())
def k():
    try:
        return 1
    finally:
        return 2
print(k())
def m():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                continue
            if i == 2:
                break
            print('caught', e)
        finally:
            print('fin', i)
    return 'm'
print(m())
def swallow():
    for i in range(1):
        try:
            1/0
        finally:
            break
    return 'swallowed'
print(swallow())
x = 5 if True else 6
print(x, 'a' if 0 else 'b', 1 and 2, 0 or 'x', None or 0, [] and 1)
for a, b in zip('ab', [1, 2]):
    print(a, b)
count = 0
for i in range(3):
    for j in range(3):
        if j == 2: break
        count += 1
print(count)
