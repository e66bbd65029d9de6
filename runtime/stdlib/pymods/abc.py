# aioplay's abc: ABCMeta computes a class's __abstractmethods__ when it is
# made and refuses to instantiate a class that still has some (CPython
# checks in object.__new__; here ABCMeta.__call__ does). register()
# records virtual subclasses, seen by isinstance() and issubclass().

import sys


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _isabstract(v):
    # property, classmethod and staticmethod pass the flag through.
    if isinstance(v, property):
        return any(_isabstract(f) for f in (v.fget, v.fset, v.fdel))
    return getattr(getattr(v, "__func__", v), "__isabstractmethod__", False)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {k for k, v in namespace.items() if _isabstract(v)}
        for b in bases:
            for k in getattr(b, "__abstractmethods__", ()):
                if _isabstract(getattr(cls, k, None)):
                    abstracts.add(k)
            if isinstance(b, ABCMeta):
                b._abc_subs.append(cls)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry, cls._abc_subs = [], []
        return cls

    def __call__(cls, *args, **kwargs):
        names = sorted(cls.__abstractmethods__)
        if names:
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s" % (
                cls.__name__, "s" if len(names) > 1 or sys.version_info < (3, 7) else "", ", ".join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not issubclass(subclass, cls):
            cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in subclass.__mro__:
            return True
        ok = getattr(cls, "__subclasshook__", lambda c: NotImplemented)(subclass)
        if ok is not NotImplemented:
            return bool(ok)
        return any(issubclass(subclass, c) for c in cls._abc_registry + cls._abc_subs)


class ABC(metaclass=ABCMeta):
    __slots__ = ()
