package py

import (
	"unicode/utf8"
)

// Float is a Python float.
type Float float64

// Type returns float.
func (Float) Type() *Type { return FloatType }

// Str is a Python str, held as UTF-8. Indexing and len count code points.
type Str string

// Type returns str.
func (Str) Type() *Type { return StrType }

// isASCII reports whether every byte of s is ASCII, in which case byte
// offsets and code point offsets agree.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// runeLen is len(str): the number of code points.
func runeLen(s string) int {
	if isASCII(s) {
		return len(s)
	}
	return utf8.RuneCountInString(s)
}

// Bytes is a Python bytes value.
type Bytes string

// Type returns bytes.
func (Bytes) Type() *Type { return BytesType }

// Tuple is a Python tuple.
type Tuple []Object

// Type returns tuple.
func (Tuple) Type() *Type { return TupleType }

// List is a Python list.
type List struct {
	Items []Object
	// version changes when the list is mutated during sort, so that sort
	// can raise "list modified during sort".
	version uint64
	// cls and attrs are set for instances of user subclasses of list:
	// their class and attribute dictionary.
	cls   *Type
	attrs *Dict
}

// InstanceDict returns the attributes of a list subclass's instance (nil
// for a plain list).
func (l *List) InstanceDict() *Dict { return l.attrs }

// Type returns list.
func (l *List) Type() *Type {
	if l.cls != nil {
		return l.cls
	}
	return ListType
}

// NewList returns a list holding items (not copied).
func NewList(items []Object) *List { return &List{Items: items} }

// Range is a Python range.
type Range struct {
	Start, Stop, Step int64
}

// Type returns range.
func (*Range) Type() *Type { return RangeType }

// Len returns the number of values in the range.
func (r *Range) Len() int64 {
	if r.Step > 0 {
		if r.Start >= r.Stop {
			return 0
		}
		return (r.Stop-r.Start-1)/r.Step + 1
	}
	if r.Start <= r.Stop {
		return 0
	}
	return (r.Start-r.Stop-1)/(-r.Step) + 1
}

// Slice is a Python slice object.
type Slice struct {
	Start, Stop, Step Object
}

// Type returns slice.
func (*Slice) Type() *Type { return SliceType }

// Cell holds a variable shared between a function and its closures.
type Cell struct {
	V Object // nil when unbound
}

// Type returns cell.
func (*Cell) Type() *Type { return CellType }

// Module is a Python module object.
type Module struct {
	Name string
	Dict *Dict
	// File is the module's __file__ ("main.py" for the script).
	File string
}

// Type returns module.
func (*Module) Type() *Type { return ModuleType }

// Property is the object @property makes.
type Property struct {
	Get, Set, Del Object
	Doc           Object
	// Name is the attribute name the property was given in a class body
	// (property.__set_name__), nil when it has none; it appears in the
	// missing getter/setter/deleter messages.
	Name Object
	// readOnly, for the attributes of builtin types (int.real,
	// range.start), is the AttributeError message for setting or
	// deleting them: CPython's getset and member descriptors word it
	// differently from a property.
	readOnly string
}

// missingError is the AttributeError for a property without the getter,
// setter or deleter (what) that an access needed, worded as CPython words
// it with and without a name.
func (p *Property) missingError(th *Thread, what string, cls *Type) error {
	if p.readOnly != "" && what != "getter" {
		return th.NewError(AttributeErrorType, p.readOnly)
	}
	if p.Name != nil {
		if n, ok := p.Name.(Str); ok {
			return th.Errorf(AttributeErrorType, "property %s of '%s' object has no %s", QuoteStr(string(n)), cls.Qualname, what)
		}
	}
	return th.Errorf(AttributeErrorType, "property of '%s' object has no %s", cls.Qualname, what)
}

// Type returns property.
func (*Property) Type() *Type { return PropertyType }

// StaticMethod wraps a function so it is not bound on access.
type StaticMethod struct{ Func Object }

// Type returns staticmethod.
func (*StaticMethod) Type() *Type { return StaticMethodType }

// ClassMethod wraps a function so it binds to the class.
type ClassMethod struct{ Func Object }

// Type returns classmethod.
func (*ClassMethod) Type() *Type { return ClassMethodType }

// Super is the object super() returns.
type Super struct {
	// Start is the class whose MRO successor is searched.
	Start *Type
	// Obj is the bound instance (or class, for classmethods).
	Obj Object
	// ObjType is the type whose MRO is searched.
	ObjType *Type
}

// Type returns super.
func (*Super) Type() *Type { return SuperType }
