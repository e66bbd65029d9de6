d = {"a": 1, "b": 2, "c": 3}
del d["b"]
for k, v in d.items():
    print(k, v)
for k, v in [(1, 2), (3, 4)]:
    print(k + v)
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
try:
    for k, v in d.items():
        d["z"] = 0
except RuntimeError as e:
    print(e)
try:
    for k, v in {1: 2}.keys():
        pass
except TypeError as e:
    print(e)
class D(dict):
    pass
for k, v in D(x=1).items():
    print(k, v)
print(sum(v - k for k, v in {i: i * i for i in range(10)}.items()))
