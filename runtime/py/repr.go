package py

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Repr implements repr(x).
func Repr(th *Thread, o Object) (Object, error) {
	if x, ok := o.(Int); ok {
		return intStr(x), nil
	}
	s, err := reprString(th, o)
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}

// ReprString is repr(x) as a Go string.
func ReprString(th *Thread, o Object) (string, error) { return reprString(th, o) }

// StrString is str(x) as a Go string.
func StrString(th *Thread, o Object) (string, error) {
	if s, ok := o.(Str); ok {
		return string(s), nil
	}
	v, err := StrOf(th, o)
	if err != nil {
		return "", err
	}
	return string(v.(Str)), nil
}

func (th *Thread) addr(o Object) string {
	return sprintf("0x%012x", th.ID(o))
}

// reprEnter guards against infinitely recursive reprs of containers that
// contain themselves; it returns false when o is already being printed.
func (th *Thread) reprEnter(o Object) bool {
	for _, x := range th.reprStack {
		if Is(x, o) {
			return false
		}
	}
	th.reprStack = append(th.reprStack, o)
	return true
}

func (th *Thread) reprLeave() { th.reprStack = th.reprStack[:len(th.reprStack)-1] }

func (th *Thread) reprItems(items []Object, sb *strings.Builder) error {
	for i, x := range items {
		if i > 0 {
			sb.WriteString(", ")
		}
		s, err := reprString(th, x)
		if err != nil {
			return err
		}
		sb.WriteString(s)
	}
	return nil
}

// reprString is repr(o). Like CPython's PyObject_Repr it counts against
// the recursion limit, so that the repr of deeply nested containers or a
// __repr__ that recurses raises RecursionError instead of exhausting the
// Go stack.
func reprString(th *Thread, o Object) (string, error) {
	if o == nil {
		// A missing value from Go code (an argument not given): what
		// CPython's repr of a NULL object prints, rather than a crash.
		return "<NULL>", nil
	}
	switch o.(type) {
	case Str, Int, Bool, Float, *NoneType:
		return reprValue(th, o)
	}
	if err := th.enterNested(" while getting the repr of an object"); err != nil {
		return "", err
	}
	s, err := reprValue(th, o)
	th.leaveNested()
	return s, err
}

// reprValue is reprString without the recursion check.
func reprValue(th *Thread, o Object) (string, error) {
	if m := overridden(th, o, "__repr__"); m != nil {
		r, err := th.Call(m, []Object{o}, nil)
		if err != nil {
			return "", err
		}
		s, ok := r.(Str)
		if !ok {
			return "", th.Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", r.Type().Name)
		}
		return string(s), nil
	}
	switch v := o.(type) {
	case *NoneType:
		return "None", nil
	case Bool:
		if v {
			return "True", nil
		}
		return "False", nil
	case Int:
		return strconv.FormatInt(int64(v), 10), nil
	case *BigInt:
		return bigIntString(th, v)
	case Float:
		return FloatRepr(float64(v)), nil
	case Str:
		return QuoteStr(string(v)), nil
	case Bytes:
		return BytesRepr(string(v)), nil
	case Complex:
		return complexRepr(complex128(v)), nil
	case Tuple:
		if len(v) == 0 {
			return "()", nil
		}
		if !th.reprEnter(v) {
			return "(...)", nil
		}
		defer th.reprLeave()
		var sb strings.Builder
		sb.WriteByte('(')
		if err := th.reprItems(v, &sb); err != nil {
			return "", err
		}
		if len(v) == 1 {
			sb.WriteByte(',')
		}
		sb.WriteByte(')')
		return sb.String(), nil
	case *List:
		if !th.reprEnter(v) {
			return "[...]", nil
		}
		defer th.reprLeave()
		var sb strings.Builder
		sb.WriteByte('[')
		if err := th.reprItems(v.Items, &sb); err != nil {
			return "", err
		}
		sb.WriteByte(']')
		return sb.String(), nil
	case *Dict:
		if !th.reprEnter(v) {
			return "{...}", nil
		}
		defer th.reprLeave()
		var sb strings.Builder
		sb.WriteByte('{')
		for i, kv := range v.Items() {
			if i > 0 {
				sb.WriteString(", ")
			}
			k, err := reprString(th, kv[0])
			if err != nil {
				return "", err
			}
			val, err := reprString(th, kv[1])
			if err != nil {
				return "", err
			}
			sb.WriteString(k)
			sb.WriteString(": ")
			sb.WriteString(val)
		}
		sb.WriteByte('}')
		return sb.String(), nil
	case *Set:
		name := "set"
		if v.Frozen {
			name = "frozenset"
		}
		if v.Len() == 0 {
			return name + "()", nil
		}
		if !th.reprEnter(v) {
			return name + "(...)", nil
		}
		defer th.reprLeave()
		var sb strings.Builder
		if v.Frozen {
			sb.WriteString("frozenset(")
		}
		sb.WriteByte('{')
		if err := th.reprItems(v.Items(), &sb); err != nil {
			return "", err
		}
		sb.WriteByte('}')
		if v.Frozen {
			sb.WriteByte(')')
		}
		return sb.String(), nil
	case *Range:
		if v.Step == 1 {
			return sprintf("range(%d, %d)", v.Start, v.Stop), nil
		}
		return sprintf("range(%d, %d, %d)", v.Start, v.Stop, v.Step), nil
	case *Slice:
		a, _ := reprString(th, v.Start)
		b, _ := reprString(th, v.Stop)
		c, _ := reprString(th, v.Step)
		return "slice(" + a + ", " + b + ", " + c + ")", nil
	case *EllipsisType:
		return "Ellipsis", nil
	case *NotImplementedType:
		return "NotImplemented", nil
	case *Type:
		if mr := v.Type().Lookup("__repr__"); mr != nil && v.Type() != TypeType {
			break
		}
		if v.Module == "builtins" || v.Module == "" {
			return "<class '" + v.Qualname + "'>", nil
		}
		return "<class '" + v.Module + "." + v.Qualname + "'>", nil
	case *Function:
		return "<function " + v.Qualname + " at " + th.addr(v) + ">", nil
	case *Builtin:
		if v.Self != nil && v.Module == "" {
			if _, isMod := v.Self.(*Module); !isMod {
				s, err := reprString(th, v.Self)
				if err != nil {
					return "", err
				}
				return "<built-in method " + v.Name + " of " + s + ">", nil
			}
		}
		if v.Method {
			owner := strings.SplitN(v.Qualname, ".", 2)[0]
			if isSlotWrapper(owner, v) {
				return "<slot wrapper '" + v.Name + "' of '" + owner + "' objects>", nil
			}
			return "<method '" + v.Name + "' of '" + owner + "' objects>", nil
		}
		return "<built-in function " + v.Name + ">", nil
	case *Method:
		s, err := reprString(th, v.Self)
		if err != nil {
			return "", err
		}
		name := ""
		switch f := v.Func.(type) {
		case *Function:
			name = f.Qualname
		case *Builtin:
			if f.Method && isSlotWrapper(strings.SplitN(f.Qualname, ".", 2)[0], f) {
				return "<method-wrapper '" + f.Name + "' of " + v.Self.Type().Name + " object at " + th.addr(v.Self) + ">", nil
			}
			if f.Method {
				return "<built-in method " + f.Name + " of " + v.Self.Type().Name + " object at " + th.addr(v.Self) + ">", nil
			}
			name = f.Qualname
		}
		return "<bound method " + name + " of " + s + ">", nil
	case *Module:
		if v.File == "" {
			return "<module '" + v.Name + "' (built-in)>", nil
		}
		return "<module '" + v.Name + "' from '" + v.File + "'>", nil
	case *Generator:
		return "<" + v.Type().Name + " object " + v.Qualname() + " at " + th.addr(v) + ">", nil
	case *Super:
		// super_repr prints tp_name, the unqualified name.
		if v.ObjType != nil {
			return "<super: <class '" + v.Start.Name + "'>, <" + v.ObjType.Name + " object>>", nil
		}
		return "<super: <class '" + v.Start.Name + "'>, NULL>", nil
	case *SlotMember:
		return "<member '" + v.Name + "' of '" + v.Owner.Name + "' objects>", nil
	case *Cell:
		if v.V == nil {
			return "<cell at " + th.addr(v) + ": empty>", nil
		}
		return "<cell at " + th.addr(v) + ": " + v.V.Type().Name + " object at " + th.addr(v.V) + ">", nil
	case *dictView:
		items := v.items()
		var sb strings.Builder
		sb.WriteString(v.Type().Name)
		sb.WriteString("([")
		if err := th.reprItems(items, &sb); err != nil {
			return "", err
		}
		sb.WriteString("])")
		return sb.String(), nil
	case *GenericAlias:
		a, err := reprString(th, v.Args)
		if err != nil {
			return "", err
		}
		if t, ok := v.Args.(Tuple); ok {
			var parts []string
			for _, x := range t {
				s, _ := typeReprShort(th, x)
				parts = append(parts, s)
			}
			a = strings.Join(parts, ", ")
		} else {
			a, _ = typeReprShort(th, v.Args)
		}
		return v.Origin.Name + "[" + a + "]", nil
	case *Exception:
		if mr := v.Class.Lookup("__repr__"); mr != nil && mr != baseExceptionRepr {
			break
		}
		return exceptionRepr(th, v)
	}
	cls := o.Type()
	if m := cls.Lookup("__repr__"); m != nil && m != objectRepr {
		r, err := th.Call(m, []Object{o}, nil)
		if err != nil {
			return "", err
		}
		s, ok := r.(Str)
		if !ok {
			return "", th.Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", r.Type().Name)
		}
		return string(s), nil
	}
	return "<" + typeQualNameMain(cls) + " object at " + th.addr(o) + ">", nil
}

// slotWrapperNames are the dunders CPython's builtin types expose as
// slot wrappers (typeobject.c's slotdefs) rather than as methods.
var slotWrapperNames = map[string]bool{}

func init() {
	for _, n := range strings.Fields(`__abs__ __add__ __aiter__ __and__ __anext__ __await__ __bool__
		__call__ __contains__ __del__ __delattr__ __delete__ __delitem__ __divmod__ __eq__ __float__
		__floordiv__ __ge__ __get__ __getattribute__ __getitem__ __gt__ __hash__ __iadd__ __iand__
		__ifloordiv__ __ilshift__ __imatmul__ __imod__ __imul__ __index__ __init__ __int__ __invert__
		__ior__ __ipow__ __irshift__ __isub__ __iter__ __itruediv__ __ixor__ __le__ __len__ __lshift__
		__lt__ __matmul__ __mod__ __mul__ __ne__ __neg__ __next__ __or__ __pos__ __pow__ __radd__
		__rand__ __rdivmod__ __repr__ __rfloordiv__ __rlshift__ __rmatmul__ __rmod__ __rmul__ __ror__
		__rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __set__ __setattr__ __setitem__
		__str__ __sub__ __truediv__ __xor__`) {
		slotWrapperNames[n] = true
	}
}

// isSlotWrapper reports whether the builtin method b of the type named
// owner is a slot wrapper: a slot dunder, except the few that list, dict,
// set and frozenset define as methods.
func isSlotWrapper(owner string, b *Builtin) bool {
	if !slotWrapperNames[b.Name] || b.ClassMethod {
		return false
	}
	switch b.Name {
	case "__getitem__":
		return owner != "list" && owner != "dict"
	case "__contains__":
		return owner != "dict" && owner != "set" && owner != "frozenset"
	}
	return true
}

func typeReprShort(th *Thread, o Object) (string, error) {
	if t, ok := o.(*Type); ok {
		if t.Module == "builtins" {
			return t.Qualname, nil
		}
		return t.Module + "." + t.Qualname, nil
	}
	if o == Ellipsis {
		return "...", nil
	}
	return reprString(th, o)
}

func typeQualNameMain(t *Type) string {
	if t.Module == "" || t.Module == "builtins" {
		return t.Qualname
	}
	return t.Module + "." + t.Qualname
}

func exceptionRepr(th *Thread, e *Exception) (string, error) {
	if len(e.Args) == 1 {
		s, err := reprString(th, e.Args[0])
		if err != nil {
			return "", err
		}
		if th.Py36 {
			// Until 3.7 an exception's repr was its class name and
			// args tuple: TypeError('x',).
			return e.Class.Name + "(" + s + ",)", nil
		}
		return e.Class.Name + "(" + s + ")", nil
	}
	s, err := reprString(th, e.Args)
	if err != nil {
		return "", err
	}
	if len(e.Args) == 0 {
		return e.Class.Name + "()", nil
	}
	return e.Class.Name + s, nil
}

func bigIntString(th *Thread, v *BigInt) (string, error) {
	s := v.V.String()
	digits := len(s)
	if s[0] == '-' {
		digits--
	}
	if digits > 4300 {
		return "", th.NewError(ValueErrorType, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
	}
	return s, nil
}

// StrOf implements str(x).
func StrOf(th *Thread, o Object) (Object, error) {
	switch v := o.(type) {
	case Str:
		return v, nil
	case *Exception:
		if m := v.Class.Lookup("__str__"); m != nil && m != baseExceptionStr {
			break
		}
		return Str(exceptionStrTh(th, v)), nil
	case *Instance:
	default:
		if o.Type().Flags&FlagHeapType == 0 {
			return Repr(th, o)
		}
	}
	cls := o.Type()
	if m := cls.Lookup("__str__"); m != nil && m != objectStr && m != baseExceptionStr {
		r, err := th.callNested(" while getting the str of an object", m, o)
		if err != nil {
			return nil, err
		}
		if _, ok := r.(Str); !ok {
			return nil, th.Errorf(TypeErrorType, "__str__ returned non-string (type %s)", r.Type().Name)
		}
		return r, nil
	}
	if e, ok := o.(*Exception); ok {
		return Str(exceptionStrTh(th, e)), nil
	}
	if m := cls.Lookup("__repr__"); m != nil && m != objectRepr && cls.Flags&FlagHeapType != 0 {
		// object.__str__ calls the repr slot directly; str() checks
		// the result as __str__'s.
		r, err := th.Call(m, []Object{o}, nil)
		if err != nil {
			return nil, err
		}
		if _, ok := r.(Str); !ok {
			return nil, th.Errorf(TypeErrorType, "__str__ returned non-string (type %s)", r.Type().Name)
		}
		return r, nil
	}
	return Repr(th, o)
}

func exceptionStrTh(th *Thread, e *Exception) string {
	if e.IsA(SyntaxErrorType) {
		if s, ok := syntaxErrorStr(th, e); ok {
			return s
		}
	}
	if e.IsA(OSErrorType) {
		if s, ok := osErrorStr(th, e); ok {
			return s
		}
	}
	if e.IsA(UnicodeDecodeErrorType) || e.IsA(UnicodeEncodeErrorType) {
		if s, ok := unicodeErrorStr(th, e); ok {
			return s
		}
	}
	if e.Class.IsSubtype(KeyErrorType) && len(e.Args) == 1 {
		s, _ := reprString(th, e.Args[0])
		return s
	}
	if len(e.Args) == 1 && e.Group == nil {
		s, _ := StrString(th, e.Args[0])
		return s
	}
	if len(e.Args) > 1 && e.Group == nil {
		s, _ := reprString(th, e.Args)
		return s
	}
	return exceptionStr(e)
}

// syntaxErrorStr is SyntaxError.__str__: "msg (file, line N)" when the
// location is known.
func syntaxErrorStr(th *Thread, e *Exception) (string, bool) {
	d := instanceDict(e)
	if d == nil {
		if len(e.Args) == 0 {
			return "None", true
		}
		return "", false
	}
	msg := d.GetStr("msg")
	if msg == nil {
		if len(e.Args) == 0 {
			return "None", true
		}
		return "", false
	}
	ms, err := StrString(th, msg)
	if err != nil {
		return "", false
	}
	file, _ := d.GetStr("filename").(Str)
	line, hasLine := d.GetStr("lineno").(Int)
	if i := strings.LastIndexByte(string(file), '/'); i >= 0 {
		file = file[i+1:]
	}
	switch {
	case file != "" && hasLine:
		return sprintf("%s (%s, line %d)", ms, file, line), true
	case file != "":
		return sprintf("%s (%s)", ms, file), true
	case hasLine:
		return sprintf("%s (line %d)", ms, line), true
	}
	return ms, true
}

// ASCII implements ascii(x).
func ASCII(th *Thread, o Object) (Object, error) {
	s, err := reprString(th, o)
	if err != nil {
		return nil, err
	}
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r < 128:
			sb.WriteRune(r)
		case r < 256:
			sb.WriteString(sprintf("\\x%02x", r))
		case r < 0x10000:
			sb.WriteString(sprintf("\\u%04x", r))
		default:
			sb.WriteString(sprintf("\\U%08x", r))
		}
	}
	return Str(sb.String()), nil
}

// reprNoThread renders simple values without a Thread (exception text).
func reprNoThread(o Object) string {
	th := &Thread{}
	s, err := reprString(th, o)
	if err != nil {
		return "<repr failed>"
	}
	return s
}

func strNoThread(o Object) string {
	th := &Thread{}
	s, err := StrString(th, o)
	if err != nil {
		return "<str failed>"
	}
	return s
}

func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	imS := FloatRepr(im)
	if strings.HasSuffix(imS, ".0") {
		imS = imS[:len(imS)-2]
	}
	if re == 0 && !math.Signbit(re) {
		return imS + "j"
	}
	reS := FloatRepr(re)
	if strings.HasSuffix(reS, ".0") {
		reS = reS[:len(reS)-2]
	}
	sign := "+"
	if im < 0 || (im == 0 && math.Signbit(im)) || math.IsNaN(im) && false {
		sign = ""
	}
	return "(" + reS + sign + imS + "j)"
}
