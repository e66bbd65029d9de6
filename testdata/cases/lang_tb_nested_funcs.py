def outer():
    def inner():
        def innermost():
            return undefined_name
        return innermost()
    return inner()
try:
    outer()
except NameError as e:
    print(e)
x = [1, 2, 3]
def g():
    return x[10]
g()
