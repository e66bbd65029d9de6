# Positional-only parameters passed by keyword: CPython names them all, in
# parameter order, before any unexpected keyword.
def po(a, b, /, c):
    pass
for call in ("po(a=1, b=2, c=3)", "po(1, b=2, c=3)", "po(1, 2, x=5, a=1)", "po(1, 2, x=5)", "po(b=1, a=2, c=3)"):
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
def pk(a, /, **kw):
    return a, kw
print(pk(1, a=2))
