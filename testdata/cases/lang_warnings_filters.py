import warnings

def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return x * 2

def noisy(i):
    warnings.warn(f"noisy call")
    return i

for i in range(3):
    noisy(i)
    print(old_api(i))

warnings.warn("top level")
warnings.warn("top level")
warnings.warn(RuntimeWarning("instance warning"))
print(warnings.filters)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for i in range(2):
        noisy(i)
    warnings.warn("x", UserWarning)
    print(len(w), [str(x.message) for x in w], w[0].category, w[0].lineno, w[0].filename)
    print(w[0])

warnings.simplefilter("always")
for i in range(2):
    noisy(i)
warnings.simplefilter("ignore")
noisy(5)
warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(2):
    noisy(i)
    warnings.warn("other")
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("bad", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", repr(e))
warnings.filterwarnings("ignore", message="skip")
warnings.filterwarnings("ignore", message="SKIP me", category=UserWarning)
warnings.simplefilter("default")
warnings.warn("skip me please")
warnings.warn("Skip me too")
warnings.warn("shown", FutureWarning)
def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, filename, lineno)
warnings.showwarning = show
warnings.warn("via custom")
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
print(warnings.formatwarning("m", UserWarning, "main.py", 3), end="")
class MyWarning(UserWarning): pass
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("mine", MyWarning)
    except MyWarning as e:
        print("mine raised", e)
with warnings.catch_warnings(record=True) as w:
    warnings.warn("deprecated here", DeprecationWarning)
    print(len(w))
