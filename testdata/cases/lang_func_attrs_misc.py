# Function and code attributes (__closure__, cell_contents, co_argcount,
# co_varnames...), except (A, 5) validating the whole tuple before
# matching, and reversed() of a class with __getitem__ but no __len__.
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c()
print(c(), c.__closure__[0].cell_contents, c.__code__.co_freevars, counter.__closure__)
print(counter.__code__.co_cellvars, counter.__code__.co_nlocals)
def late():
    def inner():
        return v
    cell = inner.__closure__[0]
    t(lambda: cell.cell_contents)
    v = 1
    return cell.cell_contents
print(late())
def mix(a, /, b, *args, c, d=4, **kw):
    x = 1
print(mix.__code__.co_argcount, mix.__code__.co_posonlyargcount, mix.__code__.co_kwonlyargcount)
print(mix.__code__.co_varnames, mix.__code__.co_nlocals)

try:
    try:
        1/0
    except (ZeroDivisionError, 5):
        print("matched")
except TypeError as e:
    print(e)

class OnlyGet:
    def __getitem__(self, i): return i
t(reversed, OnlyGet())
class DictSub(dict):
    def __getitem__(self, k): return k
print(list(reversed(DictSub(a=1, b=2))))
