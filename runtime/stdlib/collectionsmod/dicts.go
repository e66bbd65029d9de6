package collectionsmod

import (
	"strings"

	"github.com/aioplay/aioplay/runtime/compile"
	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

// DictObj is an instance of one of the dict subclasses of collections
// (defaultdict, OrderedDict, Counter and their Python subclasses).
//
// The VM cannot yet represent instances of Python subclasses of dict, so
// these hold their items in a plain *py.Dict (D) and present the dict
// protocol through methods: the plain dict methods run dict's own
// implementation on D, so their behaviour and messages are dict's.
type DictObj struct {
	cls *py.Type
	// D holds the items.
	D *py.Dict
	// factory is defaultdict's default_factory (nil: None).
	factory py.Object
	dict    *py.Dict
}

// Type returns the object's class.
func (d *DictObj) Type() *py.Type { return d.cls }

// InstanceDict holds attributes of instances of Python subclasses.
func (d *DictObj) InstanceDict() *py.Dict { return d.dict }

// MakeInstanceDict implements py.DictMaker: the dict is made when an
// attribute is first set.
func (d *DictObj) MakeInstanceDict() *py.Dict {
	if d.dict == nil {
		d.dict = py.NewDict()
	}
	return d.dict
}

// The Go classes. Each session's collections module makes its public
// classes as Python-level subclasses of these (see module.go); Counter is
// written in Python on top of plainDictBase.
var (
	plainDictBase   = py.NewBuiltinClass("dict", "_collections", py.DictType, 0)
	orderedDictBase = py.NewBuiltinClass("OrderedDict", "_collections", py.DictType, 0)
	defaultDictBase = py.NewBuiltinClass("defaultdict", "_collections", py.DictType, 0)
)

type dictFn func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error)

func newDictObj(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	return &DictObj{cls: cls, D: py.NewDict()}, nil
}

// unwrap replaces DictObj arguments by their item dicts, so that dict's
// methods accept them as the dicts they stand for.
func unwrap(args []py.Object) []py.Object {
	out := make([]py.Object, len(args))
	for i, a := range args {
		if d, ok := a.(*DictObj); ok {
			out[i] = d.D
		} else {
			out[i] = a
		}
	}
	return out
}

// delegate runs dict's method name on the item dict.
func delegate(name string) dictFn {
	m := py.DictType.Dict.GetStr(name).(*py.Builtin)
	return func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error) {
		return m.Fn(th, append([]py.Object{d.D}, unwrap(args)...), kw)
	}
}

func dictMethod(cls *py.Type, name string, fn dictFn) *py.Builtin {
	clsName := cls.Name
	return pyargs.Method(clsName, name, func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if len(args)-len(kw) < 1 {
			return nil, th.Errorf(py.TypeErrorType, "unbound method %s.%s() needs an argument", clsName, name)
		}
		d, ok := args[0].(*DictObj)
		if !ok || !d.cls.IsSubtype(cls) {
			return nil, th.Errorf(py.TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, clsName, args[0].Type().Name)
		}
		return fn(th, d, args[1:], kw)
	})
}

// like returns a new empty object of d's class (copy, |): a subclass
// without a Go-level constructor of its own gets the same Go layout.
func (d *DictObj) like() *DictObj {
	return &DictObj{cls: d.cls, D: py.NewDict(), factory: d.factory}
}

// commonMethods are shared by the three classes.
func commonMethods() map[string]dictFn {
	m := map[string]dictFn{}
	for _, name := range []string{"keys", "values", "items", "get", "setdefault", "pop", "popitem",
		"update", "clear", "__setitem__", "__delitem__", "__contains__", "__len__", "__iter__",
		"__reversed__", "__lt__", "__le__", "__gt__", "__ge__"} {
		m[name] = delegate(name)
	}
	m["__init__"] = func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error) {
		return delegate("update")(th, d, args, kw)
	}
	m["__getitem__"] = func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error) {
		if len(args) != 1 {
			return nil, th.Errorf(py.TypeErrorType, "%s.__getitem__() takes exactly one argument (%d given)", d.cls.Name, len(args))
		}
		return d.getItem(th, args[0])
	}
	m["copy"] = func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error) {
		n := d.like()
		n.D = d.D.Copy()
		return n, nil
	}
	m["__copy__"] = m["copy"]
	m["__eq__"] = func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error) {
		return d.equal(th, args[0], false)
	}
	m["__ne__"] = func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error) {
		return d.equal(th, args[0], true)
	}
	m["__or__"] = func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error) {
		if !isMapping(args[0]) {
			return py.NotImplemented, nil
		}
		n := d.like()
		n.D = d.D.Copy()
		_, err := delegate("update")(th, n, args, nil)
		return n, err
	}
	m["__ror__"] = func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error) {
		if !isMapping(args[0]) {
			return py.NotImplemented, nil
		}
		n := d.like()
		if _, err := delegate("update")(th, n, args, nil); err != nil {
			return nil, err
		}
		_, err := delegate("update")(th, n, []py.Object{d.D}, nil)
		return n, err
	}
	m["__ior__"] = func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error) {
		_, err := delegate("update")(th, d, args, nil)
		return d, err
	}
	m["__repr__"] = func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error) {
		s, err := dictRepr(th, d, d.D)
		if err != nil {
			return nil, err
		}
		return py.Str(d.cls.Name + "(" + s + ")"), nil
	}
	return m
}

func isMapping(o py.Object) bool {
	switch o.(type) {
	case *py.Dict, *DictObj:
		return true
	}
	return false
}

// getItem is d[key]: a missing key goes to the class's __missing__ when
// it has one (defaultdict, Counter, user subclasses), as dict does.
func (d *DictObj) getItem(th *py.Thread, key py.Object) (py.Object, error) {
	v, err := d.D.GetItem(th, key)
	if err != nil {
		return nil, err
	}
	if v != nil {
		return v, nil
	}
	if m := d.cls.Lookup("__missing__"); m != nil {
		return th.Call(m, []py.Object{d, key}, nil)
	}
	return nil, py.NewException(py.KeyErrorType, key)
}

// equal is ==: two OrderedDicts also compare their order.
func (d *DictObj) equal(th *py.Thread, other py.Object, negate bool) (py.Object, error) {
	var od *py.Dict
	switch o := other.(type) {
	case *py.Dict:
		od = o
	case *DictObj:
		od = o.D
		if d.cls.IsSubtype(orderedDictBase) && o.cls.IsSubtype(orderedDictBase) {
			eq, err := orderedEqual(th, d.D, o.D)
			if err != nil {
				return nil, err
			}
			return py.Bool(eq != negate), nil
		}
	default:
		return py.NotImplemented, nil
	}
	eq, err := py.Equal(th, d.D, od)
	if err != nil {
		return nil, err
	}
	return py.Bool(eq != negate), nil
}

func orderedEqual(th *py.Thread, a, b *py.Dict) (bool, error) {
	if a.Len() != b.Len() {
		return false, nil
	}
	ai, bi := a.Items(), b.Items()
	for i := range ai {
		eq, err := py.Equal(th, ai[i][0], bi[i][0])
		if err != nil || !eq {
			return false, err
		}
	}
	return py.Equal(th, a, b)
}

// dictRepr is the repr of the items as a dict literal, guarding against
// recursion.
func dictRepr(th *py.Thread, self py.Object, d *py.Dict) (string, error) {
	if !reprEnter(th, self) {
		return "...", nil
	}
	defer reprLeave(th)
	s, err := py.ReprString(th, d)
	return s, err
}

func init() {
	for _, base := range []*py.Type{plainDictBase, orderedDictBase, defaultDictBase} {
		base.New = newDictObj
		methods := commonMethods()
		switch base {
		case orderedDictBase:
			for k, v := range orderedMethods {
				methods[k] = v
			}
		case defaultDictBase:
			for k, v := range defaultMethods {
				methods[k] = v
			}
		}
		for _, name := range sortedKeys(methods) {
			base.Dict.SetStr(name, dictMethod(base, name, methods[name]))
		}
		b := base
		base.Dict.SetStr("fromkeys", &py.Builtin{Name: "fromkeys", Qualname: base.Name + ".fromkeys", ClassMethod: true, Method: true,
			Fn: func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
				return fromkeys(th, b, args, kw)
			}})
	}
	defaultDictBase.Dict.SetStr("default_factory", &py.Property{
		Get: dictMethod(defaultDictBase, "default_factory", func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error) {
			if d.factory == nil {
				return py.None, nil
			}
			return d.factory, nil
		}),
		Set: dictMethod(defaultDictBase, "default_factory", func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error) {
			d.factory = args[0]
			if d.factory == py.None {
				d.factory = nil
			}
			return py.None, nil
		}),
	})
}

// fromkeys is the classmethod dict.fromkeys(iterable, value=None).
func fromkeys(th *py.Thread, base *py.Type, args []py.Object, kw []string) (py.Object, error) {
	cls, ok := args[0].(*py.Type)
	if !ok {
		cls = base
	}
	args = args[1:]
	if err := pyargs.Positional(th, "fromkeys", args, kw, 1, 2); err != nil {
		return nil, err
	}
	var value py.Object = py.None
	if len(args) == 2 {
		value = args[1]
	}
	obj, err := th.Call(cls, nil, nil)
	if err != nil {
		return nil, err
	}
	keys, err := th.Iterate(args[0])
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		if err := py.SetItem(th, obj, k, value); err != nil {
			return nil, err
		}
	}
	return obj, nil
}

var orderedMethods = map[string]dictFn{
	"move_to_end": func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error) {
		var key py.Object
		var last py.Object = py.True
		if err := pyargs.Unpack(th, "move_to_end", args, kw, "key", &key, "last?", &last); err != nil {
			return nil, err
		}
		v, err := d.D.GetItem(th, key)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, py.NewException(py.KeyErrorType, key)
		}
		toEnd, err := py.Truth(th, last)
		if err != nil {
			return nil, err
		}
		if _, err := d.D.DelItem(th, key); err != nil {
			return nil, err
		}
		if toEnd {
			return py.None, d.D.SetItem(th, key, v)
		}
		items := d.D.Items()
		d.D.Clear()
		if err := d.D.SetItem(th, key, v); err != nil {
			return nil, err
		}
		for _, kv := range items {
			if err := d.D.SetItem(th, kv[0], kv[1]); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	},
	"popitem": func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error) {
		var last py.Object = py.True
		if err := pyargs.Unpack(th, "popitem", args, kw, "last?", &last); err != nil {
			return nil, err
		}
		if d.D.Len() == 0 {
			return nil, th.NewError(py.KeyErrorType, "dictionary is empty")
		}
		toEnd, err := py.Truth(th, last)
		if err != nil {
			return nil, err
		}
		items := d.D.Items()
		kv := items[0]
		if toEnd {
			kv = items[len(items)-1]
		}
		if _, err := d.D.DelItem(th, kv[0]); err != nil {
			return nil, err
		}
		return py.Tuple{kv[0], kv[1]}, nil
	},
	"__repr__": func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error) {
		if d.D.Len() == 0 {
			return py.Str(d.cls.Name + "()"), nil
		}
		if !reprEnter(th, d) {
			return py.Str("..."), nil
		}
		defer reprLeave(th)
		var sb strings.Builder
		sb.WriteString(d.cls.Name + "([")
		for i, kv := range d.D.Items() {
			if i > 0 {
				sb.WriteString(", ")
			}
			s, err := py.ReprString(th, py.Tuple{kv[0], kv[1]})
			if err != nil {
				return nil, err
			}
			sb.WriteString(s)
		}
		sb.WriteString("])")
		return py.Str(sb.String()), nil
	},
}

var defaultMethods = map[string]dictFn{
	"__init__": func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error) {
		npos := len(args) - len(kw)
		if npos > 0 {
			f := args[0]
			if f != py.None && !callable(f) {
				return nil, th.NewError(py.TypeErrorType, "first argument must be callable or None")
			}
			d.factory = f
			if f == py.None {
				d.factory = nil
			}
			args = args[1:]
		}
		return delegate("update")(th, d, args, kw)
	},
	"__missing__": func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error) {
		if len(args) != 1 {
			return nil, th.Errorf(py.TypeErrorType, "defaultdict.__missing__() takes exactly one argument (%d given)", len(args))
		}
		if d.factory == nil {
			return nil, py.NewException(py.KeyErrorType, args[0])
		}
		v, err := th.Call(d.factory, nil, nil)
		if err != nil {
			return nil, err
		}
		if err := py.SetItem(th, d, args[0], v); err != nil {
			return nil, err
		}
		return v, nil
	},
	"__repr__": func(th *py.Thread, d *DictObj, args []py.Object, kw []string) (py.Object, error) {
		f := "None"
		if d.factory != nil {
			if !reprEnter(th, d) {
				f = "..."
			} else {
				s, err := py.ReprString(th, d.factory)
				reprLeave(th)
				if err != nil {
					return nil, err
				}
				f = s
			}
		}
		s, err := dictRepr(th, d, d.D)
		if err != nil {
			return nil, err
		}
		return py.Str(d.cls.Name + "(" + f + ", " + s + ")"), nil
	},
}

// callable reports whether o can be called (builtins.callable).
func callable(o py.Object) bool {
	switch o.(type) {
	case *py.Function, *py.Builtin, *py.Method, *py.Type:
		return true
	}
	return o.Type().Lookup("__call__") != nil
}

// compareOp is a helper for Python-level comparisons.
func compareOp(th *py.Thread, op compile.CmpOp, a, b py.Object) (bool, error) {
	r, err := py.RichCompare(th, op, a, b)
	if err != nil {
		return false, err
	}
	return py.Truth(th, r)
}

// Refs implements py.RefHolder.
func (d *DictObj) Refs() (a, b, c, e py.Object, more []py.Object) {
	if d.dict != nil {
		c = d.dict
	}
	return d.cls, d.D, c, d.factory, nil
}
