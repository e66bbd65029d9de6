# aioplay's weakref module. aioplay has no hooks into object lifetime, so
# these references are strong: ref() keeps its object and always returns
# it, WeakValueDictionary, WeakKeyDictionary and WeakSet are ordinary
# containers, and finalize callbacks run only when called (or detached).
# Code that only uses weak references as an optimisation behaves the same;
# code that waits for objects to die does not see them die.

from collections import _dict

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class ReferenceType:
    """A reference to an object (strong, in aioplay)."""

    __slots__ = ('_obj', '_callback', '__callback__')

    def __init__(self, obj, callback=None):
        self._obj = obj
        self._callback = callback
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __hash__(self):
        return hash(self._obj)

    def __eq__(self, other):
        if isinstance(other, ReferenceType):
            return self._obj == other._obj
        return NotImplemented

    def __repr__(self):
        o = self._obj
        return "<weakref at %s; to '%s' at %s>" % (hex(id(self)), type(o).__name__, hex(id(o)))


ref = ReferenceType


class WeakMethod(ReferenceType):
    """A reference to a bound method."""

    __slots__ = ()

    def __init__(self, meth, callback=None):
        try:
            meth.__self__
            meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        super().__init__(meth, callback)


class ProxyType:
    """A proxy forwarding attribute access to its object."""

    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_obj', obj)

    def __getattr__(self, name):
        return getattr(self.__dict__['_obj'], name)

    def __setattr__(self, name, value):
        setattr(self.__dict__['_obj'], name, value)

    def __repr__(self):
        o = self.__dict__['_obj']
        return "<weakproxy at %s; to '%s' at %s>" % (hex(id(self)), type(o).__name__, hex(id(o)))


CallableProxyType = ProxyType
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    return ProxyType(obj, callback)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(_dict):
    """A mapping (holding its values strongly, in aioplay)."""
    __hash__ = None

    def __repr__(self):
        return "<%s at %s>" % (self.__class__.__name__, hex(id(self)))

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def itervaluerefs(self):
        return iter(self.valuerefs())


class WeakKeyDictionary(_dict):
    """A mapping (holding its keys strongly, in aioplay)."""
    __hash__ = None

    def __repr__(self):
        return "<%s at %s>" % (self.__class__.__name__, hex(id(self)))

    def keyrefs(self):
        return [ref(k) for k in self.keys()]


class WeakSet:
    """A set (holding its items strongly, in aioplay)."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        return item in self.data

    def __repr__(self):
        return '{' + ', '.join(repr(ref(x)) for x in self.data) + '}'

    def add(self, item):
        self.data.add(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        return self.data.pop()

    def remove(self, item):
        self.data.remove(item)

    def discard(self, item):
        self.data.discard(item)

    def update(self, other):
        for element in other:
            self.add(element)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == other.data

    __hash__ = None


class finalize:
    """finalize(obj, func, *args, **kwargs): func(*args, **kwargs) runs
    when the finalizer is called (obj never dies in aioplay)."""

    def __init__(self, obj, func, /, *args, **kwargs):
        self._obj = obj
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self.atexit = True

    def __call__(self, _=None):
        if self._func is None:
            return None
        func, args, kwargs = self._func, self._args, self._kwargs
        self._func = None
        return func(*args, **kwargs)

    def detach(self):
        if self._func is None:
            return None
        info = (self._obj, self._func, self._args, self._kwargs)
        self._func = None
        return info

    def peek(self):
        if self._func is None:
            return None
        return (self._obj, self._func, self._args, self._kwargs)

    @property
    def alive(self):
        return self._func is not None
