def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('caught:', e)
def a(n):
    return b(n)
def b(n):
    return a(n)
try:
    a(0)
except RecursionError as e:
    print('mutual:', e)
print('still running')
down(0)
