"""A tutorial-style program mixing common features."""
from collections import Counter, defaultdict, namedtuple
import math
Point = namedtuple('Point', ['x', 'y'])
def distance(a, b):
    return math.hypot(a.x - b.x, a.y - b.y)
pts = [Point(0, 0), Point(3, 4), Point(-1, 2)]
print(pts[1], distance(pts[0], pts[1]), sorted(pts, key=lambda p: (p.x, p.y)))
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(',').lower() for w in text.split()]
freq = Counter(words)
print(freq.most_common(3), len(freq), sum(freq.values()))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for n in sorted(by_len):
    print(f'{n:>2}: {", ".join(by_len[n])}')
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print([fib(i) for i in range(15)], fib(90))
def factorial(n):
    return 1 if n == 0 else n * factorial(n - 1)
print(factorial(25), math.factorial(25) == factorial(25), len(str(factorial(100))))
table = [('apple', 1.5, 3), ('banana', 0.25, 12), ('cherry', 10, 1)]
print(f"{'item':<10}{'price':>8}{'qty':>5}{'total':>9}")
for name, price, qty in table:
    print(f'{name:<10}{price:>8.2f}{qty:>5}{price * qty:>9.2f}')
print('-' * 32)
print(f"{'TOTAL':<23}{sum(p * q for _, p, q in table):>9.2f}")
matrix = [[i * j for j in range(1, 5)] for i in range(1, 4)]
for row in matrix:
    print(' '.join(f'{v:3d}' for v in row))
transposed = list(map(list, zip(*matrix)))
print(transposed, [sum(col) for col in transposed], max(max(r) for r in matrix))
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes, math.isqrt(99), math.gcd(12, 18), math.pi, round(math.e, 5), math.sqrt(2))
grades = {'alice': [90, 85], 'bob': [70, 95, 80], 'carol': []}
for student, gs in grades.items():
    avg = sum(gs) / len(gs) if gs else float('nan')
    print(f'{student.title():6} {avg:6.2f} {"PASS" if avg >= 80 else "FAIL"}')
stack, queue = [], []
for ch in '([{}])':
    if ch in '([{':
        stack.append(ch)
    else:
        opener = stack.pop()
        queue.append(opener + ch)
print(stack, queue, not stack)
s = 'A man, a plan, a canal: Panama'
clean = ''.join(c.lower() for c in s if c.isalnum())
print(clean == clean[::-1], clean[:10], s.count('a'), s.lower().count('a'))
nums = [5, 3, 8, 1, 9, 2]
print(sorted(nums), sorted(nums, reverse=True), nums.index(max(nums)), [n for n in nums if n % 2 == 0], list(enumerate(nums, 1))[:2])
print(any(n > 8 for n in nums), all(n > 0 for n in nums), min(nums, key=lambda n: abs(n - 4)), sum(nums) / len(nums))
