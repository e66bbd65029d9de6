# fib.py at four times the work: start-up weighs less here, and the
# collector's cost, which grows with the heap, more.
# Recursive calls: function call overhead dominates.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(30))
