# aioplay's contextvars. A context's data is a dict never changed in
# place (ContextVar.set makes a new one), so a copy shares it. The
# runtime holds the current context's data (_rt); asyncio gives a task
# the data current when it was made (or its context=) and switches it
# around the task's steps and around callbacks.
#
# Left out: reset()'s check that the token comes from the same context.

_NO = object()


class _Missing:
    def __repr__(self):
        return "<Token.MISSING>"


class Context:
    __module__ = "_contextvars"

    def __init__(self):
        self._d = None
        self._in = False

    def _data(self):
        return (_rt() if self._in else self._d) or {}

    def run(self, callable, /, *args, **kwargs):
        if self._in:
            raise RuntimeError(f"cannot enter context: {self} is already entered")
        self._in = True
        prev = _rt(self._d)
        try:
            return callable(*args, **kwargs)
        finally:
            self._d = _rt(prev)
            self._in = False

    def copy(self):
        c = Context()
        c._d = self._data()
        return c

    def __getitem__(self, var):
        v = self.get(var, _NO)
        if v is _NO:
            raise KeyError(var)
        return v

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data().get(var, default)

    def __contains__(self, var):
        return self.get(var, _NO) is not _NO

    def __len__(self):
        return len(self._data())

    def __iter__(self):
        return iter(self._data())

    def __eq__(self, other):
        return self._data() == other._data()

    def keys(self):
        return self._data().keys()

    def values(self):
        return self._data().values()

    def items(self):
        return self._data().items()


def copy_context():
    c = Context()
    c._d = _rt()
    return c


class ContextVar:
    __module__ = "_contextvars"

    def __init_subclass__(cls):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    def __init__(self, name, *, default=_NO):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self.name = name
        self._default = default

    def get(self, default=_NO):
        v = (_rt() or {}).get(self, _NO)
        if v is _NO:
            v = self._default if default is _NO else default
            if v is _NO:
                raise LookupError(self)
        return v

    def _put(self, value):
        d = dict(_rt() or {})
        if value is Token.MISSING:
            d.pop(self, None)
        else:
            d[self] = value
        _rt(d)

    def set(self, value):
        t = Token(self, (_rt() or {}).get(self, Token.MISSING))
        self._put(value)
        return t

    def reset(self, token):
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token.var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        self._put(token.old_value)
        token._used = True

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        d = "" if self._default is _NO else f" default={self._default!r}"
        return f"<ContextVar name={self.name!r}{d} at 0x{id(self):x}>"


class Token:
    __module__ = "_contextvars"
    MISSING = _Missing()

    def __init__(self, var, old):
        self.var, self.old_value, self._used = var, old, False

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        return f"<Token{' used' if self._used else ''} var={self.var!r} at 0x{id(self):x}>"


# From now on asyncio switches contexts.
_rt(_rt())
