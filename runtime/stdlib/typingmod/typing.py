# aioplay's typing: the names programs use in annotations, as harmless
# objects with CPython 3.11's reprs. Special forms and generic aliases can
# be subscripted (Optional[int], Dict[str, List[int]]...), Generic and
# Protocol can be subclassed (and their subclasses subscripted),
# NamedTuple and TypedDict work in class syntax. Nothing is checked at
# runtime, as in CPython.

import collections
import collections.abc

__all__ = ['Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
           'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
           'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union', 'AbstractSet',
           'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
           'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
           'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
           'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
           'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
           'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
           'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
           'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet',
           'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
           'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast',
           'clear_overloads', 'dataclass_transform', 'final', 'get_args',
           'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
           'LiteralString', 'Never', 'NewType', 'no_type_check',
           'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload',
           'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
           'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
           'TypeGuard', 'Unpack']

TYPE_CHECKING = False


def _type_repr(obj):
    """How CPython's typing shows a type inside an alias: builtins by
    name, other classes by module.qualname, ... for Ellipsis."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(_type_repr(x) for x in obj) + ']'
    return repr(obj)


class _Final:
    """Base of the typing objects that are not classes."""

    def __init_subclass__(cls, /, *args, **kwds):
        pass


class _GenericAlias(_Final):
    """origin[args]: what subscripting a typing name gives."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self._name = name

    def __repr__(self):
        name = self._name or _type_repr(self.__origin__)
        if self._name == 'Callable' and len(self.__args__) == 2:
            params, ret = self.__args__
            p = '...' if params is ... else _type_repr(list(params))
            return f'typing.Callable[{p}, {_type_repr(ret)}]'
        args = ', '.join(_type_repr(a) if a != () else '()' for a in self.__args__)
        prefix = 'typing.' if self._name else ''
        return f'{prefix}{name}[{args}]'

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params if isinstance(params, tuple) else (params,), self._name)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _SpecialGenericAlias(_GenericAlias):
    """An unsubscripted alias such as typing.List: its repr is the bare
    name, subscripting gives typing.List[int]."""

    def __init__(self, origin, name):
        super().__init__(origin, (), name)

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar...: named forms, some subscriptable."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _flatten_union(params):
    out = []
    for p in params:
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            items = p.__args__
        else:
            items = (p,)
        for x in items:
            if x is None:
                x = type(None)
            if x not in out:
                out.append(x)
    return out


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = _flatten_union(parameters)
    if len(params) == 1:
        return params[0]
    return _UnionAlias(Union, tuple(params))


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'


def _optional_getitem(self, parameter):
    return Union[parameter, None]


def _generic_form_getitem(self, parameters):
    return _GenericAlias(self, parameters, self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralAlias(self, parameters, 'Literal')


class _LiteralAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _generic_form_getitem)
Final = _SpecialForm('Final', _generic_form_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Concatenate = _SpecialForm('Concatenate', _generic_form_getitem)
TypeGuard = _SpecialForm('TypeGuard', _generic_form_getitem)
Required = _SpecialForm('Required', _generic_form_getitem)
NotRequired = _SpecialForm('NotRequired', _generic_form_getitem)
Unpack = _SpecialForm('Unpack', _generic_form_getitem)
Annotated = _SpecialForm('Annotated', _generic_form_getitem)


class TypeVar(_Final):
    """Type variable: T = TypeVar('T'); its repr is ~T (+T covariant,
    -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class ParamSpec(TypeVar):
    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class TypeVarTuple(TypeVar):
    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
Text = str


class Generic:
    """Abstract base class for generic types: class C(Generic[T])."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            # aioplay's class statement needs real classes as bases (it
            # has no __mro_entries__), so Generic[T] and Protocol[T] are
            # the classes themselves; their repr differs from CPython's.
            return cls
        return _GenericAlias(cls, params if isinstance(params, tuple) else (params,))


class Protocol(Generic):
    """Base class for protocol classes (structural subtyping is not
    checked at runtime)."""
    __slots__ = ()


def runtime_checkable(cls):
    return cls


def _alias(origin, name):
    return _SpecialGenericAlias(origin, name)


_abc = collections.abc
Hashable = _alias(_abc.Hashable, 'Hashable')
Awaitable = _alias(_abc.Awaitable, 'Awaitable')
Coroutine = _alias(_abc.Coroutine, 'Coroutine')
AsyncIterable = _alias(_abc.AsyncIterable, 'AsyncIterable')
AsyncIterator = _alias(_abc.AsyncIterator, 'AsyncIterator')
Iterable = _alias(_abc.Iterable, 'Iterable')
Iterator = _alias(_abc.Iterator, 'Iterator')
Reversible = _alias(_abc.Reversible, 'Reversible')
Sized = _alias(_abc.Sized, 'Sized')
Container = _alias(_abc.Container, 'Container')
Collection = _alias(_abc.Collection, 'Collection')
Callable = _alias(_abc.Callable, 'Callable')
AbstractSet = _alias(_abc.Set, 'AbstractSet')
MutableSet = _alias(_abc.MutableSet, 'MutableSet')
Mapping = _alias(_abc.Mapping, 'Mapping')
MutableMapping = _alias(_abc.MutableMapping, 'MutableMapping')
Sequence = _alias(_abc.Sequence, 'Sequence')
MutableSequence = _alias(_abc.MutableSequence, 'MutableSequence')
ByteString = _alias(_abc.ByteString, 'ByteString')
Tuple = _alias(tuple, 'Tuple')
List = _alias(list, 'List')
Deque = _alias(collections.deque, 'Deque')
Set = _alias(set, 'Set')
FrozenSet = _alias(frozenset, 'FrozenSet')
MappingView = _alias(_abc.MappingView, 'MappingView')
KeysView = _alias(_abc.KeysView, 'KeysView')
ItemsView = _alias(_abc.ItemsView, 'ItemsView')
ValuesView = _alias(_abc.ValuesView, 'ValuesView')
Dict = _alias(dict, 'Dict')
DefaultDict = _alias(collections.defaultdict, 'DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 'OrderedDict')
Counter = _alias(collections.Counter, 'Counter')
ChainMap = _alias(collections.ChainMap, 'ChainMap')
Generator = _alias(_abc.Generator, 'Generator')
AsyncGenerator = _alias(_abc.AsyncGenerator, 'AsyncGenerator')
Type = _alias(type, 'Type')
ContextManager = _alias(object, 'ContextManager')
AsyncContextManager = _alias(object, 'AsyncContextManager')
Pattern = _alias(object, 'Pattern')
Match = _alias(object, 'Match')


class _Protocol(Protocol):
    __slots__ = ()


class SupportsInt(_Protocol):
    __slots__ = ()


class SupportsFloat(_Protocol):
    __slots__ = ()


class SupportsComplex(_Protocol):
    __slots__ = ()


class SupportsBytes(_Protocol):
    __slots__ = ()


class SupportsIndex(_Protocol):
    __slots__ = ()


class SupportsAbs(_Protocol):
    __slots__ = ()


class SupportsRound(_Protocol):
    __slots__ = ()


class IO(Generic):
    pass


class BinaryIO(IO):
    pass


class TextIO(IO):
    pass


def cast(typ, val):
    """Return the value unchanged (a signal to type checkers)."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overload_registry = {}


def overload(func):
    """Decorator for overloaded functions: the overload stubs are recorded
    and replaced by the implementation defined after them."""
    _overload_registry.setdefault(getattr(func, '__qualname__', None), []).append(func)

    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, '__qualname__', None), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _GenericAlias):
        origin = tp.__origin__
        return origin
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The type arguments: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, _GenericAlias) and not isinstance(tp, _SpecialGenericAlias):
        args = tp.__args__
        if tp._name == 'Callable' and len(args) == 2 and args[0] is not ...:
            return (list(args[0]), args[1])
        return args
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class (with its bases) or module."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    return dict(getattr(obj, '__annotations__', {}) or {})


def is_typeddict(tp):
    return isinstance(tp, type) and issubclass(tp, TypedDict) and tp is not TypedDict


class ForwardRef(_Final):
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class NewType:
    """NewType('UserId', int): a callable returning its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp

    def __repr__(self):
        return f'__main__.{self.__qualname__}'

    def __call__(self, x):
        return x


class NamedTuple(collections._tuplebase):
    """Typed version of namedtuple, for class syntax:
    class P(NamedTuple): x: int; y: int = 0."""

    def __init_subclass__(cls, **kwargs):
        ann = cls.__dict__.get('__annotations__', {})
        fields = list(ann)
        defaults = []
        for name in fields:
            if name in cls.__dict__:
                defaults.append(cls.__dict__[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} {', '.join(fields[:len(defaults)])}")
        nt = collections.namedtuple(cls.__name__, fields, defaults=defaults, module=cls.__module__)
        for name in ['_fields', '_field_defaults', '__new__', '_make', '_replace', '_asdict',
                     '__match_args__', '__doc__'] + fields:
            setattr(cls, name, nt.__dict__[name])
        cls.__annotations__ = dict(ann)

    def __new__(cls, typename=None, fields=None, /, **kwargs):
        if cls is not NamedTuple:
            raise TypeError(f"{cls.__name__} has no fields")
        if fields is None:
            fields = kwargs.items()
        return collections.namedtuple(typename, [n for n, t in fields])


class TypedDict:
    """A dict with annotated keys: class Movie(TypedDict): name: str.
    Calling the class makes a plain dict."""

    def __new__(cls, *args, **kwargs):
        if cls is TypedDict:
            # Functional syntax: TypedDict('Movie', {'name': str}).
            typename, fields = args[0], (args[1] if len(args) > 1 else kwargs)
            ns = {'__annotations__': dict(fields)}
            return type(typename, (TypedDict,), ns)
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        cls.__total__ = total
        ann = {}
        for base in reversed(cls.__mro__):
            ann.update(base.__dict__.get('__annotations__', {}))
        cls.__annotations__ = ann
        cls.__required_keys__ = frozenset(ann) if total else frozenset()
        cls.__optional_keys__ = frozenset() if total else frozenset(ann)
