def f():
    try:
        1 / 0
    finally:
        print('finally runs')
def g():
    try:
        f()
    except ZeroDivisionError:
        print('handled, now failing in handler')
        [][1]
g()
