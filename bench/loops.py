# Loops over lists and dicts, arithmetic, comparisons.
SCALE = 1  # make bench runs a SCALE = 4 copy too
data = list(range(200_000 * SCALE))
total = 0
for x in data:
    if x % 3 == 0:
        total += x * 2
    else:
        total -= 1
squares = {}
for i in range(100_000 * SCALE):
    squares[i] = i * i
acc = 0
for k, v in squares.items():
    acc += v - k
evens = [x for x in data if x % 2 == 0]
print(total, acc, len(evens), sum(evens))
