import heapq
import random

random.seed(3)
data = [random.randrange(100) for _ in range(30)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)], h)
d2 = list(data)
heapq.heapify(d2)
print(d2)
print(heapq.heapreplace(d2, 50), d2[:5], heapq.heappushpop(d2, 1), heapq.heappushpop(d2, 99), d2[:5])
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nlargest(3, data, key=lambda v: -v), heapq.nsmallest(0, data))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])), list(heapq.merge("ace", "bdf", reverse=False)))
print(list(heapq.merge([9, 4, 1], [10, 3, 2], reverse=True)), list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'c')], key=lambda t: t[0])))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (3, "exec"))
while tasks:
    print(heapq.heappop(tasks))
for call in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heappush([1, "a"], 2), lambda: heapq.heapreplace([], 1),
             lambda: heapq.heappush([]), lambda: heapq.heapify(5)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
h = [5, 3, 8, 1]
heapq._heapify_max(h)
print(h, heapq._heappop_max(h), h)
