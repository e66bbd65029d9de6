package py

// The constructors of the builtin classes (int(x), str(b, 'utf-8'),
// range(1, 10, 2)...), set as each Type's New function, and the helpers
// that attach Go methods to builtin classes with CPython's receiver checks.
//
// Subclassing: a user class may name int, str, list, dict... as a base.
// Instances of subclasses of list and dict are *List and *Dict values
// carrying their class and an attribute dict (the generic operations defer
// to the class's Python overrides: overridden in dict.go). The value types
// (int, str, float, tuple, bytes...) have no room for that yet: calling
// such a class raises a TypeError that says so (builtinSubclassCheck);
// subclasses of object and of the exceptions are unaffected.

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/aioplay/aioplay/runtime/pyfmt"
)

// ---------------------------------------------------------------------
// Attaching methods.

// selfFn is the body of a method of a builtin class: the receiver has been
// checked and converted, args holds the other arguments.
type selfFn[S any] func(th *Thread, self S, args []Object, kwnames []string) (Object, error)

// attach adds methods to a builtin class. conv converts the receiver and
// reports whether it is of the right kind; a wrong or missing receiver
// (str.upper(5), list.append()) raises CPython's descriptor errors.
func attach[S any](t *Type, conv func(Object) (S, bool), methods map[string]selfFn[S]) {
	for _, name := range sortedKeys(methods) {
		fn := methods[name]
		t.Dict.SetStr(name, &Builtin{Name: name, Qualname: t.Name + "." + name, Method: true,
			Fn: receiverCheck(t, name, conv, fn)})
	}
}

// receiverCheck wraps a method body with the receiver check.
func receiverCheck[S any](t *Type, name string, conv func(Object) (S, bool), fn selfFn[S]) BuiltinFn {
	slot := isSlotName(name)
	return func(th *Thread, args []Object, kwnames []string) (Object, error) {
		if len(args)-len(kwnames) < 1 {
			if slot {
				return nil, th.Errorf(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", name, t.Name)
			}
			return nil, th.Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", t.Name, name)
		}
		self, ok := conv(args[0])
		if !ok {
			if slot {
				return nil, th.Errorf(TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'", name, t.Name, args[0].Type().Name)
			}
			return nil, th.Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, t.Name, args[0].Type().Name)
		}
		if isSubclassInstance(args[0]) {
			// The builtin method works on the instance as a plain
			// list or dict, whatever its class overrides.
			prev := th.bypass
			th.bypass = args[0]
			defer func() { th.bypass = prev }()
		}
		return fn(th, self, args[1:], kwnames)
	}
}

// isSubclassInstance reports whether o is an instance of a user subclass
// of list or dict.
func isSubclassInstance(o Object) bool {
	switch v := o.(type) {
	case *List:
		return v.cls != nil
	case *Dict:
		return v.cls != nil
	}
	return false
}

// isSlotName reports whether CPython implements a dunder method as a slot
// wrapper (whose messages differ from ordinary methods').
func isSlotName(name string) bool {
	if !strings.HasPrefix(name, "__") || !strings.HasSuffix(name, "__") {
		return false
	}
	switch name {
	case "__getitem__", "__format__", "__round__", "__reversed__", "__trunc__", "__floor__",
		"__ceil__", "__getnewargs__", "__sizeof__", "__dir__", "__class_getitem__", "__length_hint__":
		return false
	}
	return true
}

// classMethod adds a method that binds the class (dict.fromkeys); fn
// receives the class as args[0].
func classMethod(t *Type, name string, fn BuiltinFn) {
	guarded := func(th *Thread, args []Object, kwnames []string) (Object, error) {
		// Reached without binding (vars(dict)['fromkeys']()), the class
		// may be missing.
		if len(args)-len(kwnames) < 1 {
			return nil, th.Errorf(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", name, t.Name)
		}
		if _, ok := args[0].(*Type); !ok {
			return nil, th.Errorf(TypeErrorType, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 1", name, t.Name, args[0].Type().Name)
		}
		return fn(th, args, kwnames)
	}
	t.Dict.SetStr(name, &Builtin{Name: name, Qualname: t.Name + "." + name, Fn: guarded, Method: true, ClassMethod: true})
}

// staticMethod adds a function stored in a class (str.maketrans).
func staticMethod(t *Type, name string, fn BuiltinFn) {
	t.Dict.SetStr(name, &StaticMethod{Func: &Builtin{Name: name, Qualname: t.Name + "." + name, Fn: fn}})
}

// memberAttrs adds read-only data attributes to a builtin class, as
// CPython's member and getset descriptors do (int.real, range.start...):
// each is a property whose getter is Go code, so that it is found by
// attribute lookup and listed by dir().
func memberAttrs(t *Type, attrs map[string]func(Object) Object) {
	for _, name := range sortedKeys(attrs) {
		get := attrs[name]
		name := name
		readOnly := "readonly attribute" // a member descriptor
		if t == IntType || t == FloatType {
			// A getset descriptor.
			readOnly = "attribute '" + name + "' of '" + t.Name + "' objects is not writable"
		}
		t.Dict.SetStr(name, &Property{readOnly: readOnly, Get: &Builtin{Name: name, Qualname: t.Name + "." + name,
			Fn: func(th *Thread, args []Object, kwnames []string) (Object, error) {
				if len(args) != 1 {
					return nil, th.Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
				}
				if v := get(args[0]); v != nil {
					return v, nil
				}
				return nil, th.Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, t.Name, args[0].Type().Name)
			}}})
	}
}

// slotArgs is the argument check of slot wrappers (int.__add__...).
func slotArgs(th *Thread, name string, args []Object, kwnames []string, n int) error {
	if len(kwnames) > 0 {
		return th.Errorf(TypeErrorType, "wrapper %s() takes no keyword arguments", name)
	}
	if len(args) != n {
		return th.Errorf(TypeErrorType, "expected %d argument%s, got %d", n, pluralS(n), len(args))
	}
	return nil
}

// Receiver conversions.
func convStr(o Object) (string, bool)   { s, ok := o.(Str); return string(s), ok }
func convBytes(o Object) (string, bool) { s, ok := o.(Bytes); return string(s), ok }
func convList(o Object) (*List, bool)   { l, ok := o.(*List); return l, ok }
func convTuple(o Object) (Tuple, bool)  { t, ok := o.(Tuple); return t, ok }
func convDict(o Object) (*Dict, bool)   { d, ok := o.(*Dict); return d, ok }
func convRange(o Object) (*Range, bool) { r, ok := o.(*Range); return r, ok }
func convFloat(o Object) (float64, bool) {
	f, ok := o.(Float)
	return float64(f), ok
}
func convInt(o Object) (Object, bool) {
	i := asIntLike(o)
	return i, i != nil
}
func convSet(o Object) (*Set, bool) {
	s, ok := o.(*Set)
	return s, ok && !s.Frozen
}
func convFrozenSet(o Object) (*Set, bool) {
	s, ok := o.(*Set)
	return s, ok && s.Frozen
}

// ---------------------------------------------------------------------
// Registration.

func init() {
	IntType.New = newInt
	BoolType.New = newBool
	FloatType.New = newFloat
	ComplexType.New = newComplex
	method(ComplexType, "conjugate", func(th *Thread, args []Object, kw []string) (Object, error) {
		c, ok := firstArg(args).(Complex)
		if !ok || len(args) != 1 || len(kw) != 0 {
			return nil, th.NewError(TypeErrorType, "complex.conjugate() takes no arguments")
		}
		return Complex(complex(real(c), -imag(c))), nil
	})
	StrType.New = newStr
	BytesType.New = newBytes
	ListType.New = newListObj
	TupleType.New = newTuple
	DictType.New = newDictObj
	SetType.New = newSetObj
	FrozenSetType.New = newFrozenSet
	RangeType.New = newRange
	SliceType.New = newSlice
	PropertyType.New = newProperty
	StaticMethodType.New = newStaticMethod
	ClassMethodType.New = newClassMethod

	attach(PropertyType, func(o Object) (*Property, bool) { p, ok := o.(*Property); return p, ok },
		map[string]selfFn[*Property]{
			"getter": func(th *Thread, p *Property, a []Object, kw []string) (Object, error) {
				return propertyCopy(th, p, "getter", a, kw)
			},
			"setter": func(th *Thread, p *Property, a []Object, kw []string) (Object, error) {
				return propertyCopy(th, p, "setter", a, kw)
			},
			"deleter": func(th *Thread, p *Property, a []Object, kw []string) (Object, error) {
				return propertyCopy(th, p, "deleter", a, kw)
			},
			"__get__":    propertyGet,
			"__set__":    propertySet,
			"__delete__": propertyDelete,
		})
	// fdel is a read-only attribute, like fget and fset; a property whose
	// getter is Go code serves it, as a member descriptor would.
	PropertyType.Dict.SetStr("fdel", &Property{Get: NewBuiltin("fdel", func(th *Thread, args []Object, kw []string) (Object, error) {
		if p, ok := args[0].(*Property); ok {
			return orNone(p.Del), nil
		}
		return None, nil
	})})

	attach(StaticMethodType, func(o Object) (*StaticMethod, bool) { s, ok := o.(*StaticMethod); return s, ok },
		map[string]selfFn[*StaticMethod]{
			"__get__": func(th *Thread, s *StaticMethod, a []Object, kw []string) (Object, error) { return s.Func, nil },
			"__call__": func(th *Thread, s *StaticMethod, a []Object, kw []string) (Object, error) {
				return th.Call(s.Func, a, kw)
			},
			"__repr__": func(th *Thread, s *StaticMethod, a []Object, kw []string) (Object, error) {
				r, err := ReprString(th, s.Func)
				return Str("<staticmethod(" + r + ")>"), err
			},
		})
	attach(ClassMethodType, func(o Object) (*ClassMethod, bool) { c, ok := o.(*ClassMethod); return c, ok },
		map[string]selfFn[*ClassMethod]{
			"__get__": func(th *Thread, c *ClassMethod, a []Object, kw []string) (Object, error) {
				if len(a) == 0 {
					return nil, th.NewError(TypeErrorType, "__get__(None, None) is invalid")
				}
				cls := a[0].Type()
				if len(a) > 1 && a[1] != None {
					cls, _ = a[1].(*Type)
					if cls == nil {
						cls = a[0].Type()
					}
				}
				return &Method{Func: c.Func, Self: cls}, nil
			},
			"__repr__": func(th *Thread, c *ClassMethod, a []Object, kw []string) (Object, error) {
				r, err := ReprString(th, c.Func)
				return Str("<classmethod(" + r + ")>"), err
			},
		})

	memberAttrs(IntType, map[string]func(Object) Object{
		"real":        func(o Object) Object { return asIntLike(o) },
		"numerator":   func(o Object) Object { return asIntLike(o) },
		"imag":        func(o Object) Object { return ifInt(o, Int(0)) },
		"denominator": func(o Object) Object { return ifInt(o, Int(1)) },
	})
	memberAttrs(FloatType, map[string]func(Object) Object{
		"real": func(o Object) Object { return ifFloat(o, o) },
		"imag": func(o Object) Object { return ifFloat(o, Float(0)) },
	})
	memberAttrs(RangeType, map[string]func(Object) Object{
		"start": func(o Object) Object { return ifRange(o, func(r *Range) int64 { return r.Start }) },
		"stop":  func(o Object) Object { return ifRange(o, func(r *Range) int64 { return r.Stop }) },
		"step":  func(o Object) Object { return ifRange(o, func(r *Range) int64 { return r.Step }) },
	})
	memberAttrs(SliceType, map[string]func(Object) Object{
		"start": func(o Object) Object { return ifSlice(o, func(s *Slice) Object { return s.Start }) },
		"stop":  func(o Object) Object { return ifSlice(o, func(s *Slice) Object { return s.Stop }) },
		"step":  func(o Object) Object { return ifSlice(o, func(s *Slice) Object { return s.Step }) },
	})
	attach(SliceType, func(o Object) (*Slice, bool) { s, ok := o.(*Slice); return s, ok },
		map[string]selfFn[*Slice]{
			"indices": sliceIndicesMethod,
		})
	attach(RangeType, convRange, map[string]selfFn[*Range]{
		"index": rangeIndex,
		"count": rangeCount,
		"__len__": func(th *Thread, r *Range, a []Object, kw []string) (Object, error) {
			return Int(r.Len()), slotArgs(th, "__len__", a, kw, 0)
		},
		"__iter__":     func(th *Thread, r *Range, a []Object, kw []string) (Object, error) { return GetIter(th, r) },
		"__reversed__": func(th *Thread, r *Range, a []Object, kw []string) (Object, error) { return Reversed(th, r) },
		"__contains__": func(th *Thread, r *Range, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__contains__", a, kw, 1); err != nil {
				return nil, err
			}
			ok, err := Contains(th, r, a[0])
			return Bool(ok), err
		},
		"__getitem__": func(th *Thread, r *Range, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__getitem__", a, kw, 1); err != nil {
				return nil, err
			}
			return GetItem(th, r, a[0])
		},
	})
}

// ifInt returns v when o is an int (nil otherwise), for memberAttrs.
func ifInt(o, v Object) Object {
	if asIntLike(o) == nil {
		return nil
	}
	return v
}

// ifFloat returns v when o is a float.
func ifFloat(o, v Object) Object {
	if _, ok := o.(Float); !ok {
		return nil
	}
	return v
}

// ifRange returns a field of a range.
func ifRange(o Object, f func(*Range) int64) Object {
	if r, ok := o.(*Range); ok {
		return Int(f(r))
	}
	return nil
}

// ifSlice returns a field of a slice.
func ifSlice(o Object, f func(*Slice) Object) Object {
	if s, ok := o.(*Slice); ok {
		return f(s)
	}
	return nil
}

// ---------------------------------------------------------------------
// int and bool.

var intParser = &argParser{fname: "int", posonly: 1, names: []string{"base"}, maxpos: 2}

// newInt is int(x=0, /, base=10).
func newInt(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if err := builtinSubclassCheck(th, cls, IntType); err != nil {
		return nil, err
	}
	a, err := intParser.unpack(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	x, base := a[0], a[1]
	if base == nil {
		if x == nil {
			return Int(0), nil
		}
		return IntOf(th, x)
	}
	if x == nil {
		return nil, th.NewError(TypeErrorType, "int() missing string argument")
	}
	bi, err := asIndex(th, base)
	if err != nil {
		return nil, err
	}
	b := -1
	if v, ok := bi.(Int); ok && v >= 0 && v <= 36 {
		b = int(v)
	}
	switch s := x.(type) {
	case Str:
		return parseIntStr(th, string(s), b)
	case Bytes:
		return parseIntBytes(th, string(s), b)
	case *ByteArray:
		return parseIntBytes(th, string(s.B), b)
	}
	return nil, th.NewError(TypeErrorType, "int() can't convert non-string with explicit base")
}

// parseIntStr is int(s, base) for a str.
func parseIntStr(th *Thread, s string, base int) (Object, error) {
	z, err := pyfmt.ParseInt(s, base)
	if err != nil {
		return nil, th.fmtError(err)
	}
	return MakeInt(z), nil
}

// parseIntBytes is int(b, base) for bytes: the same rules, with the bytes'
// repr in the message.
func parseIntBytes(th *Thread, s string, base int) (Object, error) {
	if !isASCII(s) {
		return nil, th.Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, BytesRepr(s))
	}
	z, err := pyfmt.ParseInt(s, base)
	if err != nil {
		if e, ok := err.(*pyfmt.Error); ok && strings.HasPrefix(e.Msg, "invalid literal") {
			return nil, th.Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, BytesRepr(s))
		}
		return nil, th.fmtError(err)
	}
	return MakeInt(z), nil
}

// IntOf implements int(x) for one argument: ints, floats (truncated),
// strings and bytes (base 10), then __int__, __index__ and __trunc__.
func IntOf(th *Thread, x Object) (Object, error) {
	if i := asIntLike(x); i != nil {
		return i, nil
	}
	switch v := x.(type) {
	case Float:
		return floatToInt(th, float64(v))
	case Str:
		return parseIntStr(th, string(v), 10)
	case Bytes:
		return parseIntBytes(th, string(v), 10)
	case *ByteArray:
		return parseIntBytes(th, string(v.B), 10)
	}
	cls := x.Type()
	for _, name := range []string{"__int__", "__index__", "__trunc__"} {
		m := cls.Lookup(name)
		if m == nil {
			continue
		}
		r, err := th.Call(m, []Object{x}, nil)
		if err != nil {
			return nil, err
		}
		if i := asIntLike(r); i != nil {
			return i, nil
		}
		if name == "__trunc__" {
			return nil, th.Errorf(TypeErrorType, "__trunc__ returned non-Integral (type %s)", r.Type().Name)
		}
		return nil, th.Errorf(TypeErrorType, "%s returned non-int (type %s)", name, r.Type().Name)
	}
	return nil, th.Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", cls.Name)
}

// newBool is bool(x=False).
func newBool(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if err := checkPositional(th, "bool", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return False, nil
	}
	t, err := Truth(th, args[0])
	return Bool(t), err
}

// ---------------------------------------------------------------------
// float and complex.

// newFloat is float(x=0.0).
func newFloat(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if err := builtinSubclassCheck(th, cls, FloatType); err != nil {
		return nil, err
	}
	if err := checkPositional(th, "float", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return Float(0), nil
	}
	f, err := FloatOf(th, args[0])
	if err != nil {
		return nil, err
	}
	return Float(f), nil
}

// FloatOf implements float(x): floats, ints, strings and bytes, then
// __float__ and __index__.
func FloatOf(th *Thread, x Object) (float64, error) {
	switch v := x.(type) {
	case Float:
		return float64(v), nil
	case Int, *BigInt, Bool:
		return intToFloat(th, asIntLike(v))
	case Str:
		f, err := pyfmt.ParseFloat(string(v))
		if err != nil {
			return 0, th.fmtError(err)
		}
		return f, nil
	case Bytes:
		f, err := pyfmt.ParseFloat(string(v))
		if err != nil || !isASCII(string(v)) {
			return 0, th.Errorf(ValueErrorType, "could not convert string to float: %s", BytesRepr(string(v)))
		}
		return f, nil
	case *ByteArray:
		f, err := pyfmt.ParseFloat(string(v.B))
		if err != nil || !isASCII(string(v.B)) {
			return 0, th.Errorf(ValueErrorType, "could not convert string to float: bytearray(%s)", BytesRepr(string(v.B)))
		}
		return f, nil
	}
	cls := x.Type()
	if m := cls.Lookup("__float__"); m != nil {
		r, err := th.Call(m, []Object{x}, nil)
		if err != nil {
			return 0, err
		}
		f, ok := r.(Float)
		if !ok {
			return 0, th.Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", cls.Name, r.Type().Name)
		}
		return float64(f), nil
	}
	if m := cls.Lookup("__index__"); m != nil {
		i, err := asIndex(th, x)
		if err != nil {
			return 0, err
		}
		return intToFloat(th, i)
	}
	return 0, th.Errorf(TypeErrorType, "float() argument must be a string or a real number, not '%s'", cls.Name)
}

var complexParser = &argParser{fname: "complex", names: []string{"real", "imag"}, maxpos: 2}

// newComplex is complex(real=0, imag=0).
func newComplex(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if err := builtinSubclassCheck(th, cls, ComplexType); err != nil {
		return nil, err
	}
	a, err := complexParser.unpack(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	re, im := a[0], a[1]
	if re == nil {
		re = Int(0)
	}
	if s, ok := re.(Str); ok {
		if im != nil {
			return nil, th.NewError(TypeErrorType, "complex() can't take second arg if first is a string")
		}
		c, ok := parseComplex(string(s))
		if !ok {
			return nil, th.NewError(ValueErrorType, "complex() arg is a malformed string")
		}
		return Complex(c), nil
	}
	if _, ok := im.(Str); ok {
		return nil, th.NewError(TypeErrorType, "complex() second arg can't be a string")
	}
	r, err := complexOperand(th, re, "first argument")
	if err != nil {
		return nil, err
	}
	if im == nil {
		return Complex(r), nil
	}
	i, err := complexOperand(th, im, "second argument")
	if err != nil {
		return nil, err
	}
	// real + imag*1j as CPython's complex_new computes it: only the parts
	// of complex operands are added, so complex(0, -0.0) keeps its -0.0.
	isComplex := func(o Object) bool {
		if _, ok := o.(Complex); ok {
			return true
		}
		return o.Type().Lookup("__complex__") != nil
	}
	re2, im2 := real(r), real(i)
	if isComplex(im) {
		re2 -= imag(i)
	}
	if isComplex(re) {
		im2 += imag(r)
	}
	return Complex(complex(re2, im2)), nil
}

// complexOperand converts an argument of complex().
func complexOperand(th *Thread, o Object, which string) (complex128, error) {
	switch v := o.(type) {
	case Complex:
		return complex128(v), nil
	case Float:
		return complex(float64(v), 0), nil
	case Int, *BigInt, Bool:
		f, err := intToFloat(th, asIntLike(v))
		return complex(f, 0), err
	}
	cls := o.Type()
	if m := cls.Lookup("__complex__"); m != nil {
		r, err := th.Call(m, []Object{o}, nil)
		if err != nil {
			return 0, err
		}
		c, ok := r.(Complex)
		if !ok {
			return 0, th.Errorf(TypeErrorType, "__complex__ returned non-complex (type %s)", r.Type().Name)
		}
		return complex128(c), nil
	}
	if cls.Lookup("__float__") != nil || cls.Lookup("__index__") != nil {
		f, err := FloatOf(th, o)
		return complex(f, 0), err
	}
	if which == "first argument" {
		return 0, th.Errorf(TypeErrorType, "complex() first argument must be a string or a number, not '%s'", cls.Name)
	}
	return 0, th.Errorf(TypeErrorType, "complex() second argument must be a number, not '%s'", cls.Name)
}

// parseComplex parses complex('1+2j'): optional whitespace and
// parentheses around "x", "yj" or "x±yj" (j or J; y may be omitted).
func parseComplex(s string) (complex128, bool) {
	s = strings.TrimFunc(s, isPySpace)
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && len(s) >= 2 {
		s = strings.TrimFunc(s[1:len(s)-1], isPySpace)
	}
	if s == "" {
		return 0, false
	}
	n1, f1, ok := scanFloatPrefix(s)
	rest := s[n1:]
	if !ok {
		// "j", "+j", "-j"
		sign := 1.0
		t := s
		if t[0] == '+' || t[0] == '-' {
			if t[0] == '-' {
				sign = -1
			}
			t = t[1:]
		}
		if t == "j" || t == "J" {
			return complex(0, sign), true
		}
		return 0, false
	}
	if rest == "" {
		return complex(f1, 0), true
	}
	if rest == "j" || rest == "J" {
		return complex(0, f1), true
	}
	if rest[0] != '+' && rest[0] != '-' {
		return 0, false
	}
	n2, f2, ok := scanFloatPrefix(rest)
	tail := rest[n2:]
	if !ok {
		// "1+j"
		sign := 1.0
		if rest[0] == '-' {
			sign = -1
		}
		if rest[1:] == "j" || rest[1:] == "J" {
			return complex(f1, sign), true
		}
		return 0, false
	}
	if tail == "j" || tail == "J" {
		return complex(f1, f2), true
	}
	return 0, false
}

// scanFloatPrefix reads the longest float literal at the start of s (sign,
// digits with single underscores, point, exponent, or inf/nan) and
// returns its length and value.
func scanFloatPrefix(s string) (int, float64, bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	lower := strings.ToLower(s[i:])
	for _, word := range []string{"infinity", "inf", "nan"} {
		if strings.HasPrefix(lower, word) {
			f := math.Inf(1)
			if word == "nan" {
				f = math.NaN()
			}
			if i > 0 && s[0] == '-' {
				f = -f
			}
			return i + len(word), f, true
		}
	}
	digits := func() int {
		start := i
		for i < len(s) {
			if s[i] >= '0' && s[i] <= '9' {
				i++
			} else if s[i] == '_' && i > start && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				i++
			} else {
				break
			}
		}
		return i - start
	}
	n := digits()
	if i < len(s) && s[i] == '.' {
		i++
		n += digits()
	}
	if n == 0 {
		return 0, 0, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			i = j
		}
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s[:i], "_", ""), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, 0, false
		}
	}
	return i, f, true
}

// ---------------------------------------------------------------------
// str and bytes.

var strParser = &argParser{fname: "str", names: []string{"object", "encoding", "errors"}, maxpos: 3}

// newStr is str(object=”) and str(object=b”, encoding='utf-8',
// errors='strict').
func newStr(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if err := builtinSubclassCheck(th, cls, StrType); err != nil {
		return nil, err
	}
	a, err := strParser.unpack(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	obj, enc, errs := a[0], a[1], a[2]
	if enc == nil && errs == nil {
		if obj == nil {
			return Str(""), nil
		}
		return StrOf(th, obj)
	}
	encoding, errors, err := codecArgs(th, "str", enc, errs)
	if err != nil {
		return nil, err
	}
	switch v := obj.(type) {
	case nil:
		return Str(""), nil
	case Bytes:
		return decodeBytes(th, string(v), encoding, errors)
	case Str:
		return nil, th.NewError(TypeErrorType, "decoding str is not supported")
	}
	return nil, th.Errorf(TypeErrorType, "decoding to str: need a bytes-like object, %s found", obj.Type().Name)
}

// codecArgs checks the encoding and errors arguments of str(), bytes(),
// encode() and decode().
func codecArgs(th *Thread, fname string, enc, errs Object) (string, string, error) {
	encoding, errors := "utf-8", "strict"
	if enc != nil {
		s, ok := enc.(Str)
		if !ok {
			return "", "", th.Errorf(TypeErrorType, "%s() argument 'encoding' must be str, not %s", fname, enc.Type().Name)
		}
		encoding = string(s)
	}
	if errs != nil {
		s, ok := errs.(Str)
		if !ok {
			return "", "", th.Errorf(TypeErrorType, "%s() argument 'errors' must be str, not %s", fname, errs.Type().Name)
		}
		errors = string(s)
	}
	return encoding, errors, nil
}

var bytesParser = &argParser{fname: "bytes", names: []string{"source", "encoding", "errors"}, maxpos: 3}

// newBytes is bytes(), bytes(str, encoding[, errors]), bytes(n) and
// bytes(iterable_of_ints).
func newBytes(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if err := builtinSubclassCheck(th, cls, BytesType); err != nil {
		return nil, err
	}
	a, err := bytesParser.unpack(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	src, enc, errs := a[0], a[1], a[2]
	if src == nil {
		if enc != nil {
			return nil, th.NewError(TypeErrorType, "encoding without a string argument")
		}
		if errs != nil {
			return nil, th.NewError(TypeErrorType, "errors without a string argument")
		}
		return Bytes(""), nil
	}
	if s, ok := src.(Str); ok {
		if enc == nil {
			return nil, th.NewError(TypeErrorType, "string argument without an encoding")
		}
		encoding, errors, err := codecArgs(th, "bytes", enc, errs)
		if err != nil {
			return nil, err
		}
		return encodeStr(th, string(s), encoding, errors)
	}
	if enc != nil {
		return nil, th.NewError(TypeErrorType, "encoding without a string argument")
	}
	if errs != nil {
		return nil, th.NewError(TypeErrorType, "errors without a string argument")
	}
	return BytesOf(th, src)
}

// BytesOf implements bytes(x) for one non-str argument.
func BytesOf(th *Thread, src Object) (Object, error) {
	switch v := src.(type) {
	case Bytes:
		return v, nil
	case *List, Tuple:
	default:
		if t := src.Type(); t.Flags&FlagHeapType != 0 {
			if m := t.Lookup("__bytes__"); m != nil {
				r, err := th.Call(m, []Object{src}, nil)
				if err != nil {
					return nil, err
				}
				if _, ok := r.(Bytes); !ok {
					return nil, th.Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", r.Type().Name)
				}
				return r, nil
			}
		}
		if i, ok, err := Index(th, src); err != nil {
			return nil, err
		} else if ok {
			n, ok := i.(Int)
			if !ok {
				return nil, th.NewError(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
			}
			if n < 0 {
				return nil, th.NewError(ValueErrorType, "negative count")
			}
			if err := th.checkBytes(int(min(n, 1<<62))); err != nil {
				return nil, err
			}
			return Bytes(make([]byte, n)), nil
		}
	}
	if _, err := GetIter(th, src); err != nil {
		if isExc(err, TypeErrorType) {
			return nil, th.Errorf(TypeErrorType, "cannot convert '%s' object to bytes", src.Type().Name)
		}
		return nil, err
	}
	var out []byte
	err := th.iterate(src, func(x Object) error {
		b, err := byteValue(th, x)
		if err != nil {
			return err
		}
		out = append(out, b)
		if len(out) > 1<<24 {
			return th.checkSize(len(out) / 8)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return Bytes(out), nil
}

// byteValue converts an element of a bytes source to a byte.
func byteValue(th *Thread, x Object) (byte, error) {
	i, err := asIndex(th, x)
	if err != nil {
		return 0, err
	}
	v, ok := i.(Int)
	if !ok || v < 0 || v > 255 {
		return 0, th.NewError(ValueErrorType, "bytes must be in range(0, 256)")
	}
	return byte(v), nil
}

// ---------------------------------------------------------------------
// Containers.

// newListObj is list(iterable=()).
func newListObj(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if cls != ListType && cls.IsSubtype(ListType) {
		// A subclass's instance starts empty: list.__init__ fills it.
		return &List{cls: cls, attrs: NewDict()}, nil
	}
	if err := builtinSubclassCheck(th, cls, ListType); err != nil {
		return nil, err
	}
	if err := checkPositional(th, "list", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return NewList(nil), nil
	}
	items, err := th.Iterate(args[0])
	if err != nil {
		return nil, err
	}
	return NewList(items), nil
}

func init() {
	// list.__init__ and dict.__init__ fill instances of subclasses (a
	// plain list or dict is complete when created).
	listInit = method(ListType, "__init__", func(th *Thread, args []Object, kw []string) (Object, error) {
		l, ok := firstArg(args).(*List)
		if !ok {
			return nil, th.NewError(TypeErrorType, "descriptor '__init__' requires a 'list' object")
		}
		if err := checkPositional(th, "list", args[1:], kw, 0, 1); err != nil {
			return nil, err
		}
		l.Items = nil
		if len(args) == 2 {
			items, err := th.Iterate(args[1])
			if err != nil {
				return nil, err
			}
			l.Items = items
		}
		return None, nil
	})
	dictInit = method(DictType, "__init__", func(th *Thread, args []Object, kw []string) (Object, error) {
		d, ok := firstArg(args).(*Dict)
		if !ok {
			return nil, th.NewError(TypeErrorType, "descriptor '__init__' requires a 'dict' object")
		}
		return None, dictUpdateArgs(th, d, "dict", args[1:], kw)
	})
}

// containerRepr is the __repr__ of list and dict (reached as
// list.__repr__(self) from a subclass that overrides it).
func containerRepr(t *Type) BuiltinFn {
	return func(th *Thread, args []Object, kw []string) (Object, error) {
		if len(args) != 1 || !args[0].Type().IsSubtype(t) {
			return nil, th.Errorf(TypeErrorType, "descriptor '__repr__' requires a '%s' object", t.Name)
		}
		prev := th.bypass
		th.bypass = args[0]
		defer func() { th.bypass = prev }()
		return Repr(th, args[0])
	}
}

func init() {
	method(ListType, "__repr__", containerRepr(ListType))
	method(DictType, "__repr__", containerRepr(DictType))
}

// listInit and dictInit are list.__init__ and dict.__init__.
var listInit, dictInit *Builtin

// newTuple is tuple(iterable=()).
func newTuple(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if err := builtinSubclassCheck(th, cls, TupleType); err != nil {
		return nil, err
	}
	if err := checkPositional(th, "tuple", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return Tuple{}, nil
	}
	if t, ok := args[0].(Tuple); ok {
		return t, nil
	}
	items, err := th.Iterate(args[0])
	if err != nil {
		return nil, err
	}
	return Tuple(items), nil
}

// newDictObj is dict(mapping_or_iterable=(), **kwargs).
func newDictObj(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if cls != DictType && cls.IsSubtype(DictType) {
		// A subclass's instance starts empty: dict.__init__ fills it.
		d := NewDict()
		d.cls, d.attrs = cls, NewDict()
		return d, nil
	}
	if err := builtinSubclassCheck(th, cls, DictType); err != nil {
		return nil, err
	}
	d := NewDict()
	if err := dictUpdateArgs(th, d, "dict", args, kwnames); err != nil {
		return nil, err
	}
	return d, nil
}

// dictUpdateArgs is the body of dict(...) and dict.update(...): at most
// one positional mapping or iterable of pairs, then keyword items.
func dictUpdateArgs(th *Thread, d *Dict, fname string, args []Object, kwnames []string) error {
	npos := numPos(args, kwnames)
	if npos > 1 {
		return th.Errorf(TypeErrorType, "%s expected at most 1 argument, got %d", fname, npos)
	}
	if npos == 1 {
		if err := th.dictUpdateMapping(d, args[0]); err != nil {
			return err
		}
	}
	for i, k := range kwnames {
		if err := d.SetItem(th, Str(k), args[npos+i]); err != nil {
			return err
		}
	}
	return nil
}

// newSetObj is set(iterable=()).
func newSetObj(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if err := builtinSubclassCheck(th, cls, SetType); err != nil {
		return nil, err
	}
	if err := checkPositional(th, "set", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return NewSet(), nil
	}
	return setFromIterable(th, args[0], false)
}

// newFrozenSet is frozenset(iterable=()).
func newFrozenSet(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if err := builtinSubclassCheck(th, cls, FrozenSetType); err != nil {
		return nil, err
	}
	if err := checkPositional(th, "frozenset", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		s := NewSet()
		s.Frozen = true
		return s, nil
	}
	if s, ok := args[0].(*Set); ok && s.Frozen {
		return s, nil
	}
	return setFromIterable(th, args[0], true)
}

// ---------------------------------------------------------------------
// range and slice.

// newRange is range(stop) and range(start, stop[, step]). Ranges are
// limited to int64 bounds whose length fits an int64 (CPython allows
// bigger ones but cannot take their len()); past that it raises
// OverflowError at creation.
func newRange(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if err := checkPositional(th, "range", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	vals := make([]Object, len(args))
	for i, a := range args {
		v, err := asIndex(th, a)
		if err != nil {
			return nil, err
		}
		vals[i] = v
	}
	var start, stop, step Object = Int(0), nil, Int(1)
	switch len(vals) {
	case 1:
		stop = vals[0]
	case 2:
		start, stop = vals[0], vals[1]
	default:
		start, stop, step = vals[0], vals[1], vals[2]
	}
	if intCmp(step, Int(0)) == 0 {
		return nil, th.NewError(ValueErrorType, "range() arg 3 must not be zero")
	}
	s1, ok1 := start.(Int)
	s2, ok2 := stop.(Int)
	s3, ok3 := step.(Int)
	tooBig := th.NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
	if !ok1 || !ok2 || !ok3 || s3 == math.MinInt64 {
		return nil, tooBig
	}
	// The distance between the bounds must fit, or Len would overflow.
	if d := new(big.Int).Sub(big.NewInt(int64(s2)), big.NewInt(int64(s1))); !d.IsInt64() {
		return nil, tooBig
	}
	return &Range{Start: int64(s1), Stop: int64(s2), Step: int64(s3)}, nil
}

// rangeIndex is range.index(value).
func rangeIndex(th *Thread, r *Range, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "range.index", args, kwnames); err != nil {
		return nil, err
	}
	if i, ok := asIntLike(args[0]).(Int); ok {
		if c, _ := Contains(th, r, i); c {
			return Int((int64(i) - r.Start) / r.Step), nil
		}
		s, err := ReprString(th, args[0])
		if err != nil {
			return nil, err
		}
		return nil, th.Errorf(ValueErrorType, "%s is not in range", s)
	}
	if _, ok := args[0].(*BigInt); ok {
		s, _ := ReprString(th, args[0])
		return nil, th.Errorf(ValueErrorType, "%s is not in range", s)
	}
	// Other values: compare one by one, as the sequence protocol does.
	n := r.Len()
	for k := int64(0); k < n; k++ {
		eq, err := Equal(th, Int(r.Start+k*r.Step), args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return Int(k), nil
		}
	}
	return nil, th.NewError(ValueErrorType, "sequence.index(x): x not in sequence")
}

// rangeCount is range.count(value).
func rangeCount(th *Thread, r *Range, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "range.count", args, kwnames); err != nil {
		return nil, err
	}
	if i := asIntLike(args[0]); i != nil {
		c, err := Contains(th, r, i)
		if err != nil {
			return nil, err
		}
		if c {
			return Int(1), nil
		}
		return Int(0), nil
	}
	count := 0
	n := r.Len()
	for k := int64(0); k < n; k++ {
		eq, err := Equal(th, Int(r.Start+k*r.Step), args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			count++
		}
	}
	return Int(count), nil
}

// newSlice is slice(stop) and slice(start, stop[, step]).
func newSlice(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if err := checkPositional(th, "slice", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	switch len(args) {
	case 1:
		return &Slice{Start: None, Stop: args[0], Step: None}, nil
	case 2:
		return &Slice{Start: args[0], Stop: args[1], Step: None}, nil
	}
	return &Slice{Start: args[0], Stop: args[1], Step: args[2]}, nil
}

// sliceIndicesMethod is slice.indices(length).
func sliceIndicesMethod(th *Thread, s *Slice, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "slice.indices", args, kwnames); err != nil {
		return nil, err
	}
	n, err := asSsize(th, args[0])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, th.NewError(ValueErrorType, "length should not be negative")
	}
	start, stop, step, _, err := th.sliceIndices(s, n)
	if err != nil {
		return nil, err
	}
	return Tuple{Int(start), Int(stop), Int(step)}, nil
}

// ---------------------------------------------------------------------
// property, staticmethod, classmethod.

var propertyParser = &argParser{fname: "property", names: []string{"fget", "fset", "fdel", "doc"}, maxpos: 4}

// newProperty is property(fget=None, fset=None, fdel=None, doc=None).
func newProperty(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if err := builtinSubclassCheck(th, cls, PropertyType); err != nil {
		return nil, err
	}
	a, err := propertyParser.unpack(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	p := &Property{}
	for i, v := range a {
		if v == None {
			a[i] = nil
		}
	}
	p.Get, p.Set, p.Del, p.Doc = a[0], a[1], a[2], a[3]
	if p.Doc == nil && p.Get != nil {
		// The getter's docstring becomes the property's.
		if d, err := GetAttrOpt(th, p.Get, "__doc__"); err == nil && d != nil && d != None {
			p.Doc = d
		}
	}
	return p, nil
}

// propertyCopy is property.getter/setter/deleter: a copy of the property
// with one function replaced.
func propertyCopy(th *Thread, p *Property, which string, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "property."+which, args, kwnames); err != nil {
		return nil, err
	}
	f := args[0]
	if f == None {
		f = nil
	}
	q := *p
	switch which {
	case "getter":
		q.Get = f
		if p.Doc == nil && f != nil {
			if d, err := GetAttrOpt(th, f, "__doc__"); err == nil && d != nil && d != None {
				q.Doc = d
			}
		}
	case "setter":
		q.Set = f
	default:
		q.Del = f
	}
	return &q, nil
}

// propertyGet is property.__get__(obj, type=None).
func propertyGet(th *Thread, p *Property, args []Object, kwnames []string) (Object, error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, th.Errorf(TypeErrorType, "expected 1 or 2 arguments, got %d", len(args))
	}
	if args[0] == None {
		return p, nil
	}
	if p.Get == nil {
		return nil, th.NewError(AttributeErrorType, "unreadable attribute")
	}
	return th.Call(p.Get, []Object{args[0]}, nil)
}

// propertySet is property.__set__(obj, value).
func propertySet(th *Thread, p *Property, args []Object, kwnames []string) (Object, error) {
	if err := slotArgs(th, "__set__", args, kwnames, 2); err != nil {
		return nil, err
	}
	if p.Set == nil {
		return nil, th.NewError(AttributeErrorType, "can't set attribute")
	}
	_, err := th.Call(p.Set, []Object{args[0], args[1]}, nil)
	return None, err
}

// propertyDelete is property.__delete__(obj).
func propertyDelete(th *Thread, p *Property, args []Object, kwnames []string) (Object, error) {
	if err := slotArgs(th, "__delete__", args, kwnames, 1); err != nil {
		return nil, err
	}
	if p.Del == nil {
		return nil, th.NewError(AttributeErrorType, "can't delete attribute")
	}
	_, err := th.Call(p.Del, []Object{args[0]}, nil)
	return None, err
}

// newStaticMethod is staticmethod(function).
func newStaticMethod(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if err := checkPositional(th, "staticmethod", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	return &StaticMethod{Func: args[0]}, nil
}

// newClassMethod is classmethod(function).
func newClassMethod(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if err := checkPositional(th, "classmethod", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	return &ClassMethod{Func: args[0]}, nil
}
