from contextlib import contextmanager

@contextmanager
def guard(name):
    print("enter", name)
    try:
        yield
    finally:
        print("exit", name)

def work():
    with guard("w"):
        raise ValueError("bad value")

with guard("outer"):
    work()
