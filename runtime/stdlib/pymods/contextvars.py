# aioplay's contextvars. A context's data is a dict that is never changed
# in place (ContextVar.set makes a new one), so copying a context is
# sharing its dict. The runtime holds the current context's data (_ctx);
# asyncio gives each task the data current when it was made and switches
# it around the task's steps and around callbacks, as CPython runs them
# in the task's context or the one captured by call_soon.
#
# Limitation: ContextVar.reset does not check that the token was made in
# the same context (CPython's "was created in a different Context").

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO = object()


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


class Context:
    __module__ = '_contextvars'

    def __init__(self):
        self._d = None
        self._entered = False

    def _data(self):
        d = _ctx() if self._entered else self._d
        return {} if d is None else d

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        self._entered = True
        prev = _ctx(self._d)
        try:
            return callable(*args, **kwargs)
        finally:
            self._d = _ctx(prev)
            self._entered = False

    def copy(self):
        c = Context()
        c._d = self._d if not self._entered else _ctx()
        return c

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        v = self._data().get(var, _NO)
        if v is _NO:
            raise KeyError(var)
        return v

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var in self._data()

    def __len__(self):
        return len(self._data())

    def __iter__(self):
        return iter(self._data())

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data() == other._data()

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._data().get(var, default)

    def keys(self):
        return self._data().keys()

    def values(self):
        return self._data().values()

    def items(self):
        return self._data().items()


def copy_context():
    c = Context()
    c._d = _ctx()
    return c


class ContextVar:
    __module__ = '_contextvars'

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    def __init__(self, name, *, default=_NO):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, default=_NO):
        d = _ctx()
        if d is not None:
            v = d.get(self, _NO)
            if v is not _NO:
                return v
        if default is not _NO:
            return default
        if self._default is not _NO:
            return self._default
        raise LookupError(self)

    def set(self, value):
        d = _ctx()
        if d is None:
            old = Token.MISSING
            d = {self: value}
        else:
            old = d.get(self, Token.MISSING)
            d = dict(d)
            d[self] = value
        _ctx(d)
        return Token(self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        d = dict(_ctx() or ())
        if token._old is Token.MISSING:
            d.pop(self, None)
        else:
            d[self] = token._old
        _ctx(d)
        token._used = True

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        default = '' if self._default is _NO else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at 0x{id(self):x}>'


class Token:
    __module__ = '_contextvars'
    MISSING = _Missing()

    def __init__(self, var, old):
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'


# From now on asyncio switches contexts.
_ctx(_ctx())
