package collectionsmod

import (
	"strings"
	"unicode"

	"github.com/aioplay/aioplay/runtime/compile"
	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

// Tuple is an instance of a namedtuple class. The VM cannot yet
// represent instances of Python subclasses of tuple, so a namedtuple
// holds its items in a py.Tuple and presents the tuple protocol through
// methods of tupleBase (a subclass of tuple, so isinstance(p, tuple)
// holds): indexing, slicing (to a plain tuple), len, iteration and
// unpacking, comparison and hashing as the plain tuple, +, *, count and
// index.
type Tuple struct {
	cls   *py.Type
	Items py.Tuple
	dict  *py.Dict
}

// Type returns the namedtuple class.
func (t *Tuple) Type() *py.Type { return t.cls }

// InstanceDict gives instances of Python subclasses without __slots__ an
// attribute dict; namedtuple classes themselves have __slots__ = () and
// refuse new attributes.
func (t *Tuple) InstanceDict() *py.Dict {
	if t.cls.Dict.GetStr("__slots__") != nil {
		return nil
	}
	if t.dict == nil {
		t.dict = py.NewDict()
	}
	return t.dict
}

// tupleBase is the Go class under every namedtuple class.
var tupleBase = py.NewBuiltinClass("tuple", "_collections", py.TupleType, 0)

type tupleFn func(th *py.Thread, t *Tuple, args []py.Object, kw []string) (py.Object, error)

func tupleMethod(name string, fn tupleFn) *py.Builtin {
	return pyargs.Method("tuple", name, func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if len(args)-len(kw) < 1 {
			return nil, th.Errorf(py.TypeErrorType, "unbound method tuple.%s() needs an argument", name)
		}
		t, ok := args[0].(*Tuple)
		if !ok {
			return nil, th.Errorf(py.TypeErrorType, "descriptor '%s' for 'tuple' objects doesn't apply to a '%s' object", name, args[0].Type().Name)
		}
		return fn(th, t, args[1:], kw)
	})
}

// asTuple returns the items of a tuple or namedtuple.
func asTuple(o py.Object) (py.Tuple, bool) {
	switch v := o.(type) {
	case py.Tuple:
		return v, true
	case *Tuple:
		return v.Items, true
	}
	return nil, false
}

// viaTuple runs tuple's own method on the items.
func viaTuple(name string) tupleFn {
	m := py.TupleType.Dict.GetStr(name).(*py.Builtin)
	return func(th *py.Thread, t *Tuple, args []py.Object, kw []string) (py.Object, error) {
		return m.Fn(th, append([]py.Object{t.Items}, args...), kw)
	}
}

func tupleCompare(op compile.CmpOp) tupleFn {
	return func(th *py.Thread, t *Tuple, args []py.Object, kw []string) (py.Object, error) {
		o, ok := asTuple(args[0])
		if !ok {
			return py.NotImplemented, nil
		}
		return py.RichCompare(th, op, t.Items, o)
	}
}

func init() {
	tupleBase.New = newNamedTuple
	methods := map[string]tupleFn{
		"__len__":      viaTuple("__len__"),
		"__contains__": viaTuple("__contains__"),
		"count":        viaTuple("count"),
		"index":        viaTuple("index"),
		"__mul__":      viaTuple("__mul__"),
		"__rmul__":     viaTuple("__rmul__"),
		"__getitem__": func(th *py.Thread, t *Tuple, args []py.Object, kw []string) (py.Object, error) {
			if len(args) != 1 {
				return nil, th.Errorf(py.TypeErrorType, "expected 1 argument, got %d", len(args))
			}
			return py.GetItem(th, t.Items, args[0])
		},
		"__iter__": func(th *py.Thread, t *Tuple, args []py.Object, kw []string) (py.Object, error) {
			return py.GetIter(th, t.Items)
		},
		"__hash__": func(th *py.Thread, t *Tuple, args []py.Object, kw []string) (py.Object, error) {
			h, err := py.Hash(th, t.Items)
			return py.Int(h), err
		},
		"__add__": func(th *py.Thread, t *Tuple, args []py.Object, kw []string) (py.Object, error) {
			o, ok := asTuple(args[0])
			if !ok {
				return nil, th.Errorf(py.TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", args[0].Type().Name)
			}
			return append(append(py.Tuple{}, t.Items...), o...), nil
		},
		"__radd__": func(th *py.Thread, t *Tuple, args []py.Object, kw []string) (py.Object, error) {
			o, ok := asTuple(args[0])
			if !ok {
				return py.NotImplemented, nil
			}
			return append(append(py.Tuple{}, o...), t.Items...), nil
		},
		"__getnewargs__": func(th *py.Thread, t *Tuple, args []py.Object, kw []string) (py.Object, error) {
			return append(py.Tuple{}, t.Items...), nil
		},
		"__eq__": tupleCompare(compile.CmpEq),
		"__ne__": tupleCompare(compile.CmpNe),
		"__lt__": tupleCompare(compile.CmpLt),
		"__le__": tupleCompare(compile.CmpLe),
		"__gt__": tupleCompare(compile.CmpGt),
		"__ge__": tupleCompare(compile.CmpGe),
		"__repr__": func(th *py.Thread, t *Tuple, args []py.Object, kw []string) (py.Object, error) {
			return ntRepr(th, t)
		},
	}
	for _, name := range sortedKeys(methods) {
		tupleBase.Dict.SetStr(name, tupleMethod(name, methods[name]))
	}
}

// ntInfo finds the namedtuple class in cls's MRO (the one holding
// _fields) and returns its name, fields and defaults.
func ntInfo(th *py.Thread, cls *py.Type) (string, []string, *py.Dict, error) {
	for _, t := range cls.MRO {
		f := t.Dict.GetStr("_fields")
		if f == nil {
			continue
		}
		ft, _ := f.(py.Tuple)
		names := make([]string, len(ft))
		for i, x := range ft {
			s, _ := x.(py.Str)
			names[i] = string(s)
		}
		defs, _ := t.Dict.GetStr("_field_defaults").(*py.Dict)
		if defs == nil {
			defs = py.NewDict()
		}
		return t.Name, names, defs, nil
	}
	return "", nil, nil, th.NewError(py.TypeErrorType, "not a namedtuple class")
}

// newNamedTuple is a namedtuple class's __new__(_cls, field1, field2...),
// with the messages of the Python function CPython generates for it.
func newNamedTuple(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	name, fields, defs, err := ntInfo(th, cls)
	if err != nil {
		return nil, err
	}
	vals := make([]py.Object, len(fields))
	specs := []any{"_cls", nil}
	for i, f := range fields {
		if v := defs.GetStr(f); v != nil {
			vals[i] = v
			specs = append(specs, f+"?", &vals[i])
		} else {
			specs = append(specs, f, &vals[i])
		}
	}
	if err := pyargs.Unpack(th, name+".__new__", append([]py.Object{cls}, args...), kw, specs...); err != nil {
		return nil, err
	}
	return &Tuple{cls: cls, Items: py.Tuple(vals)}, nil
}

func ntRepr(th *py.Thread, t *Tuple) (py.Object, error) {
	_, fields, _, err := ntInfo(th, t.cls)
	if err != nil {
		return nil, err
	}
	if !reprEnter(th, t) {
		return py.Str("..."), nil
	}
	defer reprLeave(th)
	var sb strings.Builder
	sb.WriteString(t.cls.Name)
	sb.WriteByte('(')
	for i, v := range t.Items {
		if i > 0 {
			sb.WriteString(", ")
		}
		if i < len(fields) {
			sb.WriteString(fields[i])
			sb.WriteByte('=')
		}
		s, err := py.ReprString(th, v)
		if err != nil {
			return nil, err
		}
		sb.WriteString(s)
	}
	sb.WriteByte(')')
	return py.Str(sb.String()), nil
}

var pyKeywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true,
	"await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
	"pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))) {
			continue
		}
		return false
	}
	return true
}

// namedtuple is collections.namedtuple(typename, field_names, *,
// rename=False, defaults=None, module=None).
func namedtuple(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	var typename, fieldNames py.Object
	var rename, defaults, module py.Object = py.False, py.None, py.None
	if err := pyargs.Unpack(th, "namedtuple", args, kw, "typename", &typename, "field_names", &fieldNames,
		"*", "rename?", &rename, "defaults?", &defaults, "module?", &module); err != nil {
		return nil, err
	}
	var names []string
	if s, ok := fieldNames.(py.Str); ok {
		names = strings.Fields(strings.ReplaceAll(string(s), ",", " "))
	} else {
		items, err := th.Iterate(fieldNames)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			s, err := py.StrString(th, it)
			if err != nil {
				return nil, err
			}
			names = append(names, s)
		}
	}
	tn, err := py.StrString(th, typename)
	if err != nil {
		return nil, err
	}
	doRename, err := py.Truth(th, rename)
	if err != nil {
		return nil, err
	}
	if doRename {
		seen := map[string]bool{}
		for i, n := range names {
			if !isIdentifier(n) || pyKeywords[n] || strings.HasPrefix(n, "_") || seen[n] {
				names[i] = sprintf("_%d", i)
			}
			seen[n] = true
		}
	}
	for _, n := range append([]string{tn}, names...) {
		if !isIdentifier(n) {
			return nil, th.Errorf(py.ValueErrorType, "Type names and field names must be valid identifiers: %s", py.QuoteStr(n))
		}
		if pyKeywords[n] {
			return nil, th.Errorf(py.ValueErrorType, "Type names and field names cannot be a keyword: %s", py.QuoteStr(n))
		}
	}
	seen := map[string]bool{}
	for _, n := range names {
		if strings.HasPrefix(n, "_") && !doRename {
			return nil, th.Errorf(py.ValueErrorType, "Field names cannot start with an underscore: %s", py.QuoteStr(n))
		}
		if seen[n] {
			return nil, th.Errorf(py.ValueErrorType, "Encountered duplicate field name: %s", py.QuoteStr(n))
		}
		seen[n] = true
	}
	defs := py.NewDict()
	if defaults != py.None {
		dv, err := th.Iterate(defaults)
		if err != nil {
			return nil, err
		}
		if len(dv) > len(names) {
			return nil, th.NewError(py.TypeErrorType, "Got more default values than field names")
		}
		off := len(names) - len(dv)
		for i, v := range dv {
			defs.SetStr(names[off+i], v)
		}
	}
	fields := make(py.Tuple, len(names))
	for i, n := range names {
		fields[i] = py.Str(n)
	}
	if module == py.None {
		module = py.Str("__main__")
		if f := th.CurrentFrame(); f != nil {
			if n := f.Globals.GetStr("__name__"); n != nil {
				module = n
			}
		}
	}
	ns := py.NewDict()
	ns.SetStr("__module__", module)
	ns.SetStr("__qualname__", py.Str(tn))
	ns.SetStr("__doc__", py.Str(tn+"("+strings.Join(names, ", ")+")"))
	ns.SetStr("__slots__", py.Tuple{})
	ns.SetStr("_fields", fields)
	ns.SetStr("_field_defaults", defs)
	ns.SetStr("__match_args__", fields)
	ns.SetStr("__new__", &py.StaticMethod{Func: &py.Builtin{Name: "__new__", Qualname: tn + ".__new__",
		Fn: func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			if len(args)-len(kw) < 1 {
				return nil, th.Errorf(py.TypeErrorType, "%s.__new__() missing 1 required positional argument: '_cls'", tn)
			}
			cls, ok := args[0].(*py.Type)
			if !ok {
				return nil, th.Errorf(py.TypeErrorType, "%s.__new__(X): X is not a type object (%s)", tn, args[0].Type().Name)
			}
			return newNamedTuple(th, cls, args[1:], kw)
		}}})
	ns.SetStr("_make", &py.ClassMethod{Func: &py.Builtin{Name: "_make", Qualname: tn + "._make",
		Fn: func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			var cls, iterable py.Object
			if err := pyargs.Unpack(th, tn+"._make", args, kw, "cls", &cls, "iterable", &iterable); err != nil {
				return nil, err
			}
			items, err := th.Iterate(iterable)
			if err != nil {
				return nil, err
			}
			if len(items) != len(names) {
				return nil, th.Errorf(py.TypeErrorType, "Expected %d arguments, got %d", len(names), len(items))
			}
			c, _ := cls.(*py.Type)
			return &Tuple{cls: c, Items: py.Tuple(items)}, nil
		}}})
	ns.SetStr("_replace", pyargs.Method(tn, "_replace", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		npos := len(args) - len(kw)
		if npos != 1 {
			return nil, th.Errorf(py.TypeErrorType, "%s._replace() takes 1 positional argument but %d were given", tn, npos)
		}
		t, ok := args[0].(*Tuple)
		if !ok {
			return nil, th.Errorf(py.TypeErrorType, "%s._replace() needs a %s", tn, tn)
		}
		items := append(py.Tuple{}, t.Items...)
		var unknown []py.Object
		for i, k := range kw {
			found := false
			for j, n := range names {
				if n == k {
					items[j] = args[npos+i]
					found = true
				}
			}
			if !found {
				unknown = append(unknown, py.Str(k))
			}
		}
		if len(unknown) > 0 {
			r, _ := py.ReprString(th, py.NewList(unknown))
			return nil, th.Errorf(py.ValueErrorType, "Got unexpected field names: %s", r)
		}
		return &Tuple{cls: t.cls, Items: items}, nil
	}))
	ns.SetStr("_asdict", pyargs.Method(tn, "_asdict", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		t, ok := args[0].(*Tuple)
		if !ok {
			return nil, th.Errorf(py.TypeErrorType, "%s._asdict() needs a %s", tn, tn)
		}
		d := py.NewDict()
		for i, n := range names {
			if i < len(t.Items) {
				d.SetStr(n, t.Items[i])
			}
		}
		return d, nil
	}))
	for i, n := range names {
		i := i
		ns.SetStr(n, &py.Property{
			Get: &py.Builtin{Name: n, Qualname: tn + "." + n, Fn: func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
				if t, ok := args[0].(*Tuple); ok && i < len(t.Items) {
					return t.Items[i], nil
				}
				return nil, th.Errorf(py.TypeErrorType, "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", i, args[0].Type().Name)
			}},
			Doc: py.Str(sprintf("Alias for field number %d", i)),
		})
	}
	return th.NewClass(tn, []*py.Type{tupleBase}, ns)
}

// Refs implements py.RefHolder.
func (t *Tuple) Refs() (a, b, c, d py.Object, more []py.Object) {
	if t.dict != nil {
		b = t.dict
	}
	return t.cls, b, nil, nil, t.Items
}
