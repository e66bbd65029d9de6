# aioplay's enum, written for aioplay to CPython 3.11's documented
# behaviour, within what the VM supports.
#
# CPython builds enums with a metaclass (EnumType) that makes the class
# itself iterable, sized and indexable, and guards it against assignment.
# aioplay has no metaclasses yet, so the members are made when the class
# is created (by __init_subclass__), and the class offers:
#   Color.RED, Color(1) (by value), Color['RED'] (by name, through
#   __class_getitem__), Color.__members__, Color._member_names_ ...
# but not `for c in Color`, len(Color), `x in Color` or type(Color) being
# EnumType; iterate Color.__members__.values() instead.

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr',
           'global_enum_repr', 'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS',
           'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name']

_builtin_property = property


class auto:
    """Instances are replaced with an appropriate value in Enum class
    suites."""
    _counter = 0

    def __init__(self, value=None):
        self.value = value
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return "auto(%r)" % self.value


class member:
    """Forces an item to become an Enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""

    def __init__(self, value):
        self.value = value


property = _builtin_property


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or isinstance(obj, (staticmethod, classmethod, _builtin_property)))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


class Enum:
    """Create a collection of name/value pairs: class Color(Enum): RED = 1."""

    def __init_subclass__(cls, **kwds):
        members = cls.__dict__
        # The members are the plain class attributes, in definition order.
        names = []
        for name, value in list(members.items()):
            if isinstance(value, nonmember):
                setattr(cls, name, value.value)
                continue
            if isinstance(value, member):
                value = value.value
            elif (_is_dunder(name) or _is_sunder(name) or _is_private(cls.__name__, name)
                  or _is_descriptor(value) or callable(value) and not isinstance(value, auto)):
                continue
            names.append((name, value))
        base_members = [b for b in cls.__mro__[1:] if b.__dict__.get('_member_names_')]
        if names and base_members:
            raise TypeError(f"{cls.__name__!r} cannot extend {base_members[0]!r}")
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._unhashable_values_ = []
        last_values = []
        for name, value in names:
            if isinstance(value, auto):
                if value.value is None:
                    value = cls._generate_next_value_(name, 1, len(last_values), last_values[:])
                else:
                    value = value.value
            last_values.append(value)
            cls._add_member_(name, value)

    @classmethod
    def _add_member_(cls, name, value):
        # An alias: a second name for an existing value.
        for m in cls._member_map_.values():
            if m._value_ == value:
                cls._member_map_[name] = m
                setattr(cls, name, m)
                return
        if isinstance(value, tuple):
            args = value
        else:
            args = (value,)
        new = cls.__dict__.get('__new__') or cls._member_type_new_()
        if new is not None and new is not Enum.__new__:
            enum_member = new(cls, *args)
            if not hasattr(enum_member, '_value_'):
                enum_member._value_ = value
        else:
            enum_member = object.__new__(cls)
            enum_member._value_ = value
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        init = getattr(cls, '__init__', None)
        if init is not None and init is not Enum.__init__ and init is not object.__init__:
            init(enum_member, *args)
        cls._member_names_.append(name)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(enum_member._value_, enum_member)
        except TypeError:
            cls._unhashable_values_.append(enum_member._value_)
        setattr(cls, name, enum_member)

    @classmethod
    def _member_type_new_(cls):
        return None

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Next value for auto(): one more than the largest int so far."""
        if not last_values:
            return start
        try:
            last = sorted(last_values)[-1]
            return last + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    def __new__(cls, value):
        # Calling the class looks a member up by value.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None:
            raise ve_exc
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @classmethod
    def _missing_(cls, value):
        return None

    @_builtin_property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_builtin_property
    def value(self):
        """The value of the Enum member."""
        return self._value_

    def __repr__(self):
        v_repr = type(self)._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    _value_repr_ = None

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        return ['__class__', '__doc__', '__module__', 'name', 'value']

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def _iter_members(cls):
        return [cls._member_map_[n] for n in cls._member_names_]


def _members_property(cls):
    return dict(cls._member_map_)


# __members__ is a class-level view of the name -> member mapping; with
# no metaclass it is a classmethod-backed attribute set per class.
class _MembersDescriptor:
    def __get__(self, obj, cls=None):
        if cls is None:
            cls = type(obj)
        return dict(cls.__dict__.get('_member_map_', {}))


Enum.__members__ = _MembersDescriptor()

EnumType = type
EnumMeta = type


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(ReprEnum):
    """Enum whose members are also (and compare equal to) ints."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == _int_value(other)

    def __ne__(self, other):
        return self._value_ != _int_value(other)

    def __lt__(self, other):
        return self._value_ < _int_value(other)

    def __le__(self, other):
        return self._value_ <= _int_value(other)

    def __gt__(self, other):
        return self._value_ > _int_value(other)

    def __ge__(self, other):
        return self._value_ >= _int_value(other)

    def __add__(self, other):
        return self._value_ + _int_value(other)

    def __radd__(self, other):
        return _int_value(other) + self._value_

    def __sub__(self, other):
        return self._value_ - _int_value(other)

    def __rsub__(self, other):
        return _int_value(other) - self._value_

    def __mul__(self, other):
        return self._value_ * _int_value(other)

    __rmul__ = __mul__

    def __floordiv__(self, other):
        return self._value_ // _int_value(other)

    def __truediv__(self, other):
        return self._value_ / _int_value(other)

    def __mod__(self, other):
        return self._value_ % _int_value(other)

    def __neg__(self):
        return -self._value_

    def __bool__(self):
        return bool(self._value_)

    def __and__(self, other):
        return self._value_ & _int_value(other)

    def __or__(self, other):
        return self._value_ | _int_value(other)


def _int_value(x):
    if isinstance(x, Enum):
        return x._value_
    return x


class StrEnum(ReprEnum):
    """Enum whose members are also (and compare equal to) strings."""

    def __init_subclass__(cls, **kwds):
        for name, value in list(cls.__dict__.items()):
            if (not _is_dunder(name) and not _is_sunder(name) and not isinstance(value, auto)
                    and not callable(value) and not _is_descriptor(value) and not isinstance(value, str)):
                raise TypeError('%r is not a string' % (value,))
        # Explicitly: aioplay's super() does not bind __init_subclass__'s
        # implicit classmethod.
        Enum.__init_subclass__(cls, **kwds)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        if isinstance(other, Enum):
            other = other._value_
        return self._value_ == other

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        return self._value_ < (other._value_ if isinstance(other, Enum) else other)

    def __len__(self):
        return len(self._value_)

    def __getattr__(self, name):
        # The str methods (upper, startswith...).
        if name.startswith('_'):
            raise AttributeError(name)
        return getattr(self._value_, name)


class FlagBoundary:
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = 'strict', 'conform', 'eject', 'keep'


class Flag(Enum):
    """Support for flags: members combine with | & ^ ~."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high_bit = max(last_values).bit_length() - 1 if max(last_values) > 0 else -1
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        # A combination of members: a pseudo-member named by its parts.
        names = []
        remaining = value
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_ and m._value_ & remaining:
                names.append(name)
                remaining &= ~m._value_
        pseudo = object.__new__(cls)
        pseudo._value_ = value
        pseudo._name_ = '|'.join(names) if names else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for name in self._member_names_:
            m = self._member_map_[name]
            if m._value_ and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return len(list(iter(self)))

    def __bool__(self):
        return bool(self._value_)

    def __hash__(self):
        return hash(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in self._member_map_.values():
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)


class IntFlag(Flag):
    """Support for integer-based flags."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __eq__(self, other):
        return self._value_ == _int_value(other)

    def __hash__(self):
        return hash(self._value_)

    def __or__(self, other):
        if isinstance(other, int) and not isinstance(other, Enum):
            return self.__class__(self._value_ | other)
        return super().__or__(other)

    def __and__(self, other):
        if isinstance(other, int) and not isinstance(other, Enum):
            return self.__class__(self._value_ & other)
        return super().__and__(other)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, m in enumeration._member_map_.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in <enum %r>: %s" % (enumeration.__name__, alias_details))
    return enumeration


class EnumCheck:
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


def verify(*checks):
    def decorator(enumeration):
        if UNIQUE in checks:
            unique(enumeration)
        return enumeration
    return decorator


def global_enum_repr(self):
    return '%s.%s' % (self.__class__.__module__, self._name_)


def global_flag_repr(self):
    return '%s.%s' % (self.__class__.__module__, self._name_)


def global_str(self):
    return self._name_


def global_enum(cls, update_str=False):
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
