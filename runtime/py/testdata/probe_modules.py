# Calls every public callable of the provided modules, and the methods of
# what they return, with bad arguments: see probe_test.go.
import asyncio, collections, itertools, math, heapq, random, json, functools, operator, string, copy, types, typing, enum, datetime, textwrap, weakref, bisect, contextlib, time, signal, sys, logging
import concurrent.futures
mods = [asyncio, collections, itertools, math, heapq, random, json, functools, operator, string, copy, types, typing, enum, datetime, textwrap, weakref, bisect, contextlib, time, signal, sys, logging, concurrent.futures]
skip = {"exit", "run", "sleep", "input", "_exit", "raise_signal", "pause"}
objs = []
for m in mods:
    for name in dir(m):
        if name in skip or name.startswith("__"):
            continue
        try:
            obj = getattr(m, name)
        except Exception:
            continue
        if callable(obj):
            objs.append((m.__name__ + "." + name, obj))
insts = []
for label, obj in objs:
    for args in ((), (None,), (1, 2, 3), ((),), ('x',), ([], {}), (1.5,)):
        try:
            r = obj(*args)
            if asyncio.iscoroutine(r):
                r.close()
            elif r is not None and len(insts) < 400:
                insts.append((label, r))
        except BaseException:
            pass
for label, inst in insts:
    try:
        names = dir(inst)
    except RecursionError:
        print("dir RecursionError:", label, type(inst).__name__)
        continue
    for name in names:
        if name.startswith("__"):
            continue
        try:
            meth = getattr(inst, name)
        except BaseException:
            continue
        if callable(meth) and name not in skip:
            for args in ((), (None,), ((),), ('x', 1), (1.5,), ([], [], [])):
                try:
                    r = meth(*args)
                    if asyncio.iscoroutine(r):
                        r.close()
                except BaseException:
                    pass
print("probe done", len(objs), len(insts))
