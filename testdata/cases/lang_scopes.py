counter = 0
def increment():
    global counter
    counter += 1
increment(); increment()
print(counter)
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
print(c(), c(), c())
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def shadow():
    print(len('abc'))
    len = 5
try:
    shadow()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def unbound():
    print(y)
    y = 1
try:
    unbound()
except NameError as e:
    print(type(e).__name__, e)
def free_unbound():
    def g():
        return z
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
free_unbound()
x = 10
def reads_global():
    return x * 2
print(reads_global())
class Scope:
    a = 1
    b = [a * i for i in range(3)] if False else None
    def m(self):
        return a if False else 'no class scope'
print(Scope().m())
def gen_closures():
    return [lambda: i for i in range(3)]
print([f() for f in gen_closures()])
def nested_nonlocal():
    v = 1
    def a():
        nonlocal v
        v += 1
        def b():
            nonlocal v
            v *= 10
        b()
    a()
    return v
print(nested_nonlocal())
print(sorted(k for k in globals() if not k.startswith('__')))
def loc():
    q = 1; r = 2
    return sorted(locals().items())
print(loc())
import sys as system, math
from sys import argv as arguments
print(system.argv, arguments, math.floor(2.5) if hasattr(math, 'floor') else '')
assert counter == 2, 'counter wrong'
try:
    assert counter == 3, f'counter is {counter}'
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert False
except AssertionError as e:
    print(repr(e))
del counter
print('counter' in globals())
