import traceback, sys, asyncio

def inner(n):
    if n == 0:
        raise ValueError("boom")
    inner(n - 1)

def outer():
    try:
        inner(5)
    except ValueError:
        traceback.print_exc()
        s = traceback.format_exc()
        print("format_exc lines:", len(s.splitlines()))
        print(s, end="")

outer()
print("no exc:", repr(traceback.format_exc()))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    traceback.print_exception(e)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    print(len(traceback.format_exception(e)))
    print(traceback.format_exception(e, chain=False))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs, fs.filename, fs.lineno, fs.name, fs.line)
        fn, ln, name, line = fs
    print(traceback.format_tb(e.__traceback__))
    traceback.print_tb(e.__traceback__, file=sys.stdout)

try:
    1/0
except ZeroDivisionError:
    try:
        int("x")
    except ValueError:
        traceback.print_exc(file=sys.stdout)
        traceback.print_exc(chain=False, file=sys.stdout)

def a():
    b()
def b():
    traceback.print_stack(file=sys.stdout)
    print(traceback.format_stack()[-1], end="")
    st = traceback.extract_stack()
    print([(f.name, f.lineno) for f in st if f.filename == 'main.py'])
a()

def rec(n):
    if n == 0:
        traceback.print_stack()
        return
    rec(n - 1)
rec(8)
traceback.print_exception(None)
print(traceback.format_exception(ValueError("x"), None, None))
