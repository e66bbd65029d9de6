import random

random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 10), random.randint(-5, 5), random.randint(0, 10**12))
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(100, 0, -7))
print(random.uniform(1, 2), random.uniform(10, -10))
print(random.choice('abcdef'), random.choice([1, 2, 3]), random.choice(range(1000)))
print(random.choices('abc', k=5), random.choices(range(10), weights=[1] * 5 + [10] * 5, k=4))
print(random.choices(['x', 'y'], cum_weights=[1, 10], k=3))
lst = list(range(10))
random.shuffle(lst)
print(lst)
print(random.sample(range(100), 5), random.sample('abcdefg', 3))
print(random.getrandbits(8), random.getrandbits(70))
random.seed('a string seed')
print(random.random(), random.randint(1, 6))
random.seed(b'bytes')
print(random.random())
random.seed(12345)
a = [random.random() for _ in range(3)]
state = random.getstate()
b = random.random()
random.setstate(state)
print(a, b == random.random())
r = random.Random(7)
print(r.random(), r.randint(1, 100), r.choice('xyz'))
random.seed(0)
print([random.randint(1, 6) for _ in range(12)])
print(round(random.gauss(0, 1), 12), round(random.expovariate(1.0), 12))
print(random.triangular(0, 10, 3))
for bad in (lambda: random.randrange(0), lambda: random.choice([]), lambda: random.sample(range(3), 5),
            lambda: random.randint(5, 1)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ':', e)
