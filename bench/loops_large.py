# loops.py at four times the work: start-up weighs less here, and the
# collector's cost, which grows with the heap, more.
# Loops over lists and dicts, arithmetic, comparisons.
data = list(range(800_000))
total = 0
for x in data:
    if x % 3 == 0:
        total += x * 2
    else:
        total -= 1
squares = {}
for i in range(400_000):
    squares[i] = i * i
acc = 0
for k, v in squares.items():
    acc += v - k
evens = [x for x in data if x % 2 == 0]
print(total, acc, len(evens), sum(evens))
