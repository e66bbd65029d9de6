# except* clauses that raise: a new exception's __context__ is the matched
# part, bare raise puts the part back into the original group's shape,
# new exceptions and the unhandled rest combine into ExceptionGroup('', ...),
# sys.exc_info() inside a clause is the match, invalid clause types, and
# the except* placement rules for return/break/continue.
import sys

def show(e, ind=""):
    print(ind + repr(e), "ctx=" + repr(e.__context__) if e.__context__ else "")
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            show(x, ind + "  ")

def run(f):
    try:
        f()
        print("no exception")
    except BaseException as e:
        show(e)

def eg():
    return ExceptionGroup("eg", [ValueError(1), TypeError("t"), ValueError(2)])

def raise_new_all_handled():
    try:
        raise eg()
    except* ValueError:
        raise KeyError("in handler")
    except* TypeError:
        pass
run(raise_new_all_handled)

def raise_new_with_rest():
    try:
        raise eg()
    except* ValueError:
        raise KeyError("in handler")
run(raise_new_with_rest)

def bare_reraise():
    try:
        raise eg()
    except* ValueError:
        raise
run(bare_reraise)

def reraise_both():
    try:
        raise eg()
    except* ValueError:
        raise
    except* TypeError:
        raise
run(reraise_both)

def raise_match_explicitly():
    try:
        raise eg()
    except* ValueError as v:
        raise v
    except* TypeError as t:
        raise t
run(raise_match_explicitly)

def two_new():
    try:
        raise eg()
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise IndexError("i")
run(two_new)

def exc_info():
    try:
        raise eg()
    except* TypeError:
        print("exc_info:", repr(sys.exc_info()[1]))
run(exc_info)

def naked():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
run(naked)

def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError("new")
run(naked_new)

def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError:
        raise
    except* TypeError:
        pass
run(nested_groups)

def bad_type():
    try:
        raise eg()
    except* 5:
        pass
run(bad_type)

def group_type():
    try:
        raise eg()
    except* ExceptionGroup:
        pass
run(group_type)

def handled_then_checked():
    try:
        raise ValueError(1)
    except* ValueError:
        print("handled")
    except* int:
        pass
run(handled_then_checked)

for src in ["def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
            "for i in range(2):\n    try:\n        pass\n    except* ValueError:\n        continue\n",
            "try:\n    pass\nexcept* ValueError:\n    for i in range(2):\n        break\n    def g():\n        return 1\n"]:
    try:
        compile(src, "s", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)

def uncaught():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError("t")])
    except* ValueError:
        raise KeyError("in handler")
uncaught()
