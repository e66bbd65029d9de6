# Identity tests with None in hot loops (x is None, None is x, is not),
# used in jumps and as values; other identities.
def scan(values):
    out = []
    for v in values:
        out.append((v is None, None is v, v is not None, None is not v, v is v))
        if v is None:
            out.append("none")
        elif v is not None and v is True:
            out.append("true")
    return out


a = [1]
print(scan([None, 0, False, "", a, True, (), None]))
print([x for x in (None, 1, None) if x is not None], a is a, a is [1], None is None)
