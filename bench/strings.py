# String building: f-strings, join, methods, slicing.
SCALE = 1  # make bench runs a SCALE = 4 copy too
parts = []
for i in range(100_000 * SCALE):
    parts.append(f"item-{i}:{i * 3 % 7}")
text = ",".join(parts)
words = text.split(",")
upper = [w.upper() for w in words if w.endswith("3")]
count = 0
for w in words:
    if "-1" in w:
        count += len(w[5:])
s = ""
for i in range(20_000 * SCALE):
    s += str(i % 10)
print(len(text), len(upper), count, len(s), s[:20])
