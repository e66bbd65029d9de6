# Recursive calls: function call overhead dominates.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

SCALE = 1  # make bench runs a SCALE = 4 copy too (fib(30): 4.2 times the calls)
print(fib(26 + SCALE))
