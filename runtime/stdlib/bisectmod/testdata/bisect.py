import bisect

a = [1, 2, 2, 2, 3, 5, 8]
print([bisect.bisect_left(a, x) for x in range(10)], [bisect.bisect_right(a, x) for x in range(10)], [bisect.bisect(a, x) for x in range(10)])
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, lo=4))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 1)
print(b)
people = [("ann", 30), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: p[1])
bisect.insort(people, ("dee", 33), key=lambda p: p[1])
print(people, bisect.bisect(people, 30, key=lambda p: p[1]))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
for call in [lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(5, 1), lambda: bisect.bisect([1, "a"], 2), lambda: bisect.insort()]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
c = [1, 2]
bisect.insort(c, 9, 5, 5)
print(c)
