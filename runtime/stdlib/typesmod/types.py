# aioplay's types module: the Python part (SimpleNamespace, new_class,
# prepare_class, resolve_bases, coroutine, DynamicClassAttribute). The
# builtin type objects are bound by the Go loader before this runs.

MappingProxyType = dict


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(*args, **kwargs):
        if len(args) != 1:
            raise TypeError("no positional arguments expected")
        self = args[0]
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        items = ("{}={!r}".format(k, v) for k, v in self.__dict__.items())
        return "{}({})".format(name, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = []
    for base in bases:
        if isinstance(base, type):
            new_bases.append(base)
            continue
        meth = getattr(base, "__mro_entries__", None)
        if meth is None:
            new_bases.append(base)
        else:
            new_bases.extend(meth(bases))
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Calculate the metaclass and create the class namespace."""
    kwds = dict(kwds) if kwds else {}
    meta = kwds.pop('metaclass', type)
    return meta, {}, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    return meta(name, resolved_bases, ns, **kwds)


def coroutine(func):
    """Convert regular generator function to a coroutine: its generators
    can be awaited and can `yield from` coroutines. Other callables are
    returned as they are."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    _iterable_coroutine(func)
    return func


DynamicClassAttribute = property
