# aioplay's copy module, written for aioplay to CPython 3.11's
# documented behaviour.

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_immutable = (type(None), int, float, bool, complex, str, bytes, range,
              type, type(Ellipsis), type(NotImplemented), type(len),
              type(lambda: 0), frozenset, slice, property)


def _reconstruct_instance(x, state_copier):
    """A new instance of x's class with x's __dict__ (or slots) copied by
    state_copier, without calling __init__."""
    cls = type(x)
    y = object.__new__(cls)
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    if state is not None:
        for k, v in state.items():
            setattr(y, k, state_copier(v))
    for klass in cls.__mro__:
        for name in klass.__dict__.get('__slots__', ()):
            if name in ('__dict__', '__weakref__'):
                continue
            try:
                value = getattr(x, name)
            except AttributeError:
                continue
            setattr(y, name, state_copier(value))
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _immutable or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    if cls is tuple:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, (list, dict, set)):
        return cls(x)
    if isinstance(x, tuple):
        return cls(*x) if hasattr(cls, '_fields') else cls(x)
    if isinstance(x, BaseException):
        y = cls(*x.args)
        y.__dict__.update(x.__dict__)
        return y
    return _reconstruct_instance(x, lambda v: v)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _immutable or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple already copied while copying its items (a cycle) wins.
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        elif isinstance(x, dict):
            y = copy(x)
            memo[d] = y
            for key in list(y):
                y[key] = deepcopy(y[key], memo)
        elif isinstance(x, tuple):
            items = [deepcopy(a, memo) for a in x]
            y = cls._make(items) if hasattr(cls, '_make') else cls(items)
        elif isinstance(x, (list, set)) or hasattr(x, '__iter__') and hasattr(cls, 'maxlen'):
            y = copy(x)
            memo[d] = y
            y.clear()
            for a in x:
                (y.add if isinstance(y, set) else y.append)(deepcopy(a, memo))
        elif isinstance(x, BaseException):
            y = cls(*deepcopy(x.args, memo))
        else:
            y = object.__new__(cls)
            memo[d] = y
            state = getattr(x, '__dict__', None)
            if state is not None:
                for k, v in state.items():
                    setattr(y, k, deepcopy(v, memo))
            for klass in cls.__mro__:
                for name in klass.__dict__.get('__slots__', ()):
                    if name in ('__dict__', '__weakref__'):
                        continue
                    try:
                        value = getattr(x, name)
                    except AttributeError:
                        continue
                    setattr(y, name, deepcopy(value, memo))
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive in the memo while the copy runs, as CPython does, so
    ids are not reused."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
