# strings.py at four times the work: start-up weighs less here, and the
# collector's cost, which grows with the heap, more.
# String building: f-strings, join, methods, slicing.
parts = []
for i in range(400_000):
    parts.append(f"item-{i}:{i * 3 % 7}")
text = ",".join(parts)
words = text.split(",")
upper = [w.upper() for w in words if w.endswith("3")]
count = 0
for w in words:
    if "-1" in w:
        count += len(w[5:])
s = ""
for i in range(80_000):
    s += str(i % 10)
print(len(text), len(upper), count, len(s), s[:20])
