package py

import "strings"

// Methods of object and BaseException that the VM compares against to
// detect "not overridden".
var (
	objectInit         *Builtin
	objectNewDescr     Object
	objectRepr         *Builtin
	objectStr          *Builtin
	objectSetattr      *Builtin
	objectDelattr      *Builtin
	objectHash         *Builtin
	objectFormat       *Builtin
	baseExceptionRepr  *Builtin
	baseExceptionStr   *Builtin
	baseExceptionInit  *Builtin
	objectInitSubclass *Builtin
	objectGetattribute *Builtin
)

func method(t *Type, name string, fn BuiltinFn) *Builtin {
	b := &Builtin{Name: name, Qualname: t.Name + "." + name, Fn: fn, Method: true}
	t.Dict.SetStr(name, b)
	return b
}

// objArity wraps a method of object with the check of its argument count
// (n includes self), as CPython's slot wrappers check it.
func objArity(name string, n int, fn BuiltinFn) BuiltinFn {
	return func(th *Thread, args []Object, kw []string) (Object, error) {
		if len(args) == 0 {
			return nil, th.Errorf(TypeErrorType, "descriptor '%s' of 'object' object needs an argument", name)
		}
		if len(kw) > 0 {
			return nil, th.Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
		}
		if len(args) != n {
			return nil, th.Errorf(TypeErrorType, "expected %d argument%s, got %d", n-1, pluralS(n-1), len(args)-1)
		}
		return fn(th, args, kw)
	}
}

// excArity wraps a method of BaseException with the checks of its
// receiver and argument count (min and max include self; max -1 means
// any number).
func excArity(name string, min, max int, fn BuiltinFn) BuiltinFn {
	return func(th *Thread, args []Object, kw []string) (Object, error) {
		if len(args)-len(kw) == 0 {
			return nil, th.Errorf(TypeErrorType, "descriptor '%s' of 'BaseException' object needs an argument", name)
		}
		if _, ok := args[0].(*Exception); !ok {
			return nil, th.Errorf(TypeErrorType, "descriptor '%s' requires a 'BaseException' object but received a '%s'", name, args[0].Type().Name)
		}
		if n := len(args) - len(kw); n < min || max >= 0 && n > max {
			if max == min {
				return nil, th.Errorf(TypeErrorType, "BaseException.%s() takes exactly one argument (%d given)", name, n-1)
			}
			return nil, th.Errorf(TypeErrorType, "expected %d argument%s, got %d", max-1, pluralS(max-1), n-1)
		}
		return fn(th, args, kw)
	}
}

func init() {
	objectInit = method(ObjectType, "__init__", func(th *Thread, args []Object, kw []string) (Object, error) {
		// object_init: extra arguments are an error when the class
		// overrides __init__ (super().__init__(x)) or keeps object's
		// __new__ too.
		if len(args) > 1 {
			t := args[0].Type()
			if t.layout == ObjectType {
				if t.Lookup("__init__") != Object(objectInit) {
					return nil, th.NewError(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
				}
				if t.Lookup("__new__") == objectNewDescr {
					return nil, th.Errorf(TypeErrorType, "%s.__init__() takes exactly one argument (the instance to initialize)", t.Name)
				}
			}
		}
		return None, nil
	})
	objectRepr = method(ObjectType, "__repr__", objArity("__repr__", 1, func(th *Thread, args []Object, kw []string) (Object, error) {
		cls := args[0].Type()
		return Str("<" + typeQualNameMain(cls) + " object at " + th.addr(args[0]) + ">"), nil
	}))
	objectStr = method(ObjectType, "__str__", objArity("__str__", 1, func(th *Thread, args []Object, kw []string) (Object, error) {
		return Repr(th, args[0])
	}))
	objectSetattr = method(ObjectType, "__setattr__", func(th *Thread, args []Object, kw []string) (Object, error) {
		if len(args) != 3 {
			return nil, th.NewError(TypeErrorType, "__setattr__ expected 2 arguments")
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, th.Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		return None, genericSetAttr(th, args[0], string(name), args[2])
	})
	objectDelattr = method(ObjectType, "__delattr__", objArity("__delattr__", 2, func(th *Thread, args []Object, kw []string) (Object, error) {
		name, _ := args[1].(Str)
		if m, ok := args[0].Type().Lookup(string(name)).(*SlotMember); ok {
			_, err := m.access(th, args[0], nil, true)
			return None, err
		}
		if d := instanceDict(args[0]); d != nil && d.DelStr(string(name)) {
			return None, nil
		}
		return nil, attrError(th, args[0], string(name))
	}))
	objectHash = method(ObjectType, "__hash__", objArity("__hash__", 1, func(th *Thread, args []Object, kw []string) (Object, error) {
		return Int(th.ID(args[0]) >> 4), nil
	}))
	objectFormat = method(ObjectType, "__format__", objArity("__format__", 2, func(th *Thread, args []Object, kw []string) (Object, error) {
		if len(args) > 1 && args[1] != Str("") {
			return nil, th.Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", args[0].Type().Name)
		}
		return StrOf(th, args[0])
	}))
	method(ObjectType, "__eq__", objArity("__eq__", 2, func(th *Thread, args []Object, kw []string) (Object, error) {
		if Is(args[0], args[1]) {
			return True, nil
		}
		return NotImplemented, nil
	}))
	method(ObjectType, "__ne__", objArity("__ne__", 2, func(th *Thread, args []Object, kw []string) (Object, error) {
		return objectNe(th, args[0].Type(), args[0], args[1])
	}))
	objectGetattribute = method(ObjectType, "__getattribute__", func(th *Thread, args []Object, kw []string) (Object, error) {
		if len(args) != 2 {
			return nil, th.Errorf(TypeErrorType, "expected 1 argument, got %d", len(args)-1)
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, th.Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		if _, isType := args[0].(*Type); isType {
			return GetAttr(th, args[0], string(name))
		}
		v, err := genericGetAttr(th, args[0], args[0].Type(), string(name))
		if err == nil && v == nil {
			return nil, attrError(th, args[0], string(name))
		}
		return v, err
	})
	method(ObjectType, "__dir__", objArity("__dir__", 1, func(th *Thread, args []Object, kw []string) (Object, error) {
		return dirOf(th, args[0])
	}))
	ObjectType.Dict.SetStr("__new__", &StaticMethod{Func: NewBuiltin("__new__", func(th *Thread, args []Object, kw []string) (Object, error) {
		if len(args) == 0 {
			return nil, th.NewError(TypeErrorType, "object.__new__(): not enough arguments")
		}
		cls, ok := args[0].(*Type)
		if !ok {
			return nil, th.Errorf(TypeErrorType, "object.__new__(X): X is not a type object (%s)", args[0].Type().Name)
		}
		if cls.New == nil {
			return nil, th.Errorf(TypeErrorType, "cannot create '%s' instances", cls.Name)
		}
		if cls.Flags&FlagHeapType == 0 && cls != ObjectType {
			// int.__new__(int, 5), str.__new__(str, x): builtin types
			// build their value from the arguments.
			return cls.New(th, cls, args[1:], kw)
		}
		if len(args) > 1 && cls.layout == ObjectType {
			// object_new: extra arguments are an error when the class
			// overrides __new__, or keeps object's __init__ too.
			if cls.Lookup("__new__") != objectNewDescr {
				return nil, th.NewError(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
			}
			if cls.Lookup("__init__") == Object(objectInit) {
				return nil, th.Errorf(TypeErrorType, "%s() takes no arguments", cls.Name)
			}
		}
		return cls.New(th, cls, nil, nil)
	})})
	objectNewDescr = ObjectType.Dict.GetStr("__new__")
	objectInitSubclass = &Builtin{Name: "__init_subclass__", Qualname: "object.__init_subclass__", ClassMethod: true, Method: true,
		Fn: func(th *Thread, args []Object, kw []string) (Object, error) {
			if len(kw) > 0 {
				name := "object"
				if len(args) > 0 {
					if t, ok := args[0].(*Type); ok {
						name = t.Qualname
					}
				}
				return nil, th.Errorf(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", name)
			}
			return None, nil
		}}
	ObjectType.Dict.SetStr("__init_subclass__", objectInitSubclass)

	baseExceptionInit = method(BaseExceptionType, "__init__", excArity("__init__", 1, -1, func(th *Thread, args []Object, kw []string) (Object, error) {
		e := args[0].(*Exception)
		if len(kw) > 0 {
			if err := exceptionInitKeywords(th, e, args[len(args)-len(kw):], kw); err != nil {
				return nil, err
			}
		}
		e.Args = append(Tuple(nil), args[1:len(args)-len(kw)]...)
		return None, nil
	}))
	baseExceptionRepr = method(BaseExceptionType, "__repr__", excArity("__repr__", 1, 1, func(th *Thread, args []Object, kw []string) (Object, error) {
		s, err := exceptionRepr(th, args[0].(*Exception))
		return Str(s), err
	}))
	baseExceptionStr = method(BaseExceptionType, "__str__", excArity("__str__", 1, 1, func(th *Thread, args []Object, kw []string) (Object, error) {
		return Str(exceptionStrTh(th, args[0].(*Exception))), nil
	}))
	method(BaseExceptionType, "with_traceback", excArity("with_traceback", 2, 2, func(th *Thread, args []Object, kw []string) (Object, error) {
		e := args[0].(*Exception)
		if tb, ok := args[1].(*TracebackObject); ok {
			e.Traceback = tb.TB
		} else {
			e.Traceback = nil
		}
		return e, nil
	}))
	method(BaseExceptionType, "add_note", excArity("add_note", 2, 2, func(th *Thread, args []Object, kw []string) (Object, error) {
		e := args[0].(*Exception)
		s, ok := args[1].(Str)
		if !ok {
			return nil, th.Errorf(TypeErrorType, "note must be a str, not '%s'", args[1].Type().Name)
		}
		e.Notes = append(e.Notes, string(s))
		return None, nil
	}))
	// KeyError etc. share BaseException's methods. SystemExit, OSError
	// and StopIteration have extra attributes handled in specialAttr.
}

// specialAttr provides the attributes every object of a builtin kind has
// without a dictionary entry (__class__, __name__, __dict__...). ok is
// false when there is no such attribute.
func specialAttr(th *Thread, o Object, name string) (Object, bool, error) {
	if name == "__class__" {
		return o.Type(), true, nil
	}
	if name == "__dict__" {
		// Instances of subclasses of builtin types (list, dict...).
		switch v := o.(type) {
		case *List:
			if v.attrs != nil {
				return v.attrs, true, nil
			}
		case *Dict:
			if v.attrs != nil {
				return v.attrs, true, nil
			}
		}
	}
	switch v := o.(type) {
	case *Type:
		switch name {
		case "__name__":
			return Str(v.Name), true, nil
		case "__qualname__":
			return Str(v.Qualname), true, nil
		case "__module__":
			if m := v.Dict.GetStr("__module__"); m != nil {
				return m, true, nil
			}
			return Str(v.Module), true, nil
		case "__mro__":
			t := make(Tuple, len(v.MRO))
			for i, m := range v.MRO {
				t[i] = m
			}
			return t, true, nil
		case "__bases__":
			t := make(Tuple, len(v.Bases))
			for i, m := range v.Bases {
				t[i] = m
			}
			return t, true, nil
		case "__base__":
			if len(v.Bases) == 0 {
				return None, true, nil
			}
			return v.Bases[0], true, nil
		case "__dict__":
			return v.Dict.Copy(), true, nil
		case "__doc__":
			return None, true, nil
		case "__subclasses__":
			return NewBuiltin("__subclasses__", func(th *Thread, args []Object, kw []string) (Object, error) {
				var out []Object
				for _, s := range v.subclasses {
					out = append(out, s)
				}
				for _, s := range th.builtinSubs[v] {
					out = append(out, s)
				}
				return NewList(out), nil
			}), true, nil
		case "mro":
			return NewBuiltin("mro", func(th *Thread, args []Object, kw []string) (Object, error) {
				out := make([]Object, len(v.MRO))
				for i, m := range v.MRO {
					out[i] = m
				}
				return NewList(out), nil
			}), true, nil
		}
	case *Cell:
		if name == "cell_contents" {
			if v.V == nil {
				return nil, true, th.NewError(ValueErrorType, "Cell is empty")
			}
			return v.V, true, nil
		}
	case *SlotMember:
		switch name {
		case "__name__":
			return Str(v.Name), true, nil
		case "__objclass__":
			return v.Owner, true, nil
		}
	case *Instance:
		if name == "__dict__" && v.Dict != nil {
			return v.Dict, true, nil
		}
	case *Function:
		switch name {
		case "__name__":
			return Str(v.Name), true, nil
		case "__qualname__":
			return Str(v.Qualname), true, nil
		case "__module__":
			if v.Module == nil {
				return None, true, nil
			}
			return v.Module, true, nil
		case "__doc__":
			if v.Doc == nil {
				return None, true, nil
			}
			return v.Doc, true, nil
		case "__dict__":
			return instanceDict(v), true, nil
		case "__defaults__":
			if v.Defaults == nil {
				return None, true, nil
			}
			return v.Defaults, true, nil
		case "__globals__":
			return v.Globals, true, nil
		case "__code__":
			return &codeObject{v.Code}, true, nil
		case "__closure__":
			if len(v.Closure) == 0 {
				return None, true, nil
			}
			cells := make(Tuple, len(v.Closure))
			for i, c := range v.Closure {
				cells[i] = c
			}
			return cells, true, nil
		case "__kwdefaults__":
			if v.KwDefaults == nil {
				return None, true, nil
			}
			return v.KwDefaults, true, nil
		case "__annotations__":
			if v.Annotations == nil {
				v.Annotations = NewDict()
			}
			return v.Annotations, true, nil
		}
	case *Builtin:
		switch name {
		case "__name__":
			return Str(v.Name), true, nil
		case "__qualname__":
			return Str(v.Qualname), true, nil
		case "__doc__":
			return None, true, nil
		case "__self__":
			if v.Self != nil {
				return v.Self, true, nil
			}
			return None, true, nil
		case "__module__":
			if v.Module != "" {
				return Str(v.Module), true, nil
			}
			return Str("builtins"), true, nil
		}
	case *Method:
		switch name {
		case "__self__":
			return v.Self, true, nil
		case "__func__":
			return v.Func, true, nil
		case "__name__", "__qualname__", "__doc__", "__module__":
			r, err := GetAttr(th, v.Func, name)
			return r, true, err
		}
	case *Exception:
		switch name {
		case "args":
			return v.Args, true, nil
		case "__cause__":
			if v.Cause == nil {
				return None, true, nil
			}
			return v.Cause, true, nil
		case "__context__":
			if v.Context == nil {
				return None, true, nil
			}
			return v.Context, true, nil
		case "__suppress_context__":
			return Bool(v.SuppressContext), true, nil
		case "__traceback__":
			if v.Traceback == nil {
				return None, true, nil
			}
			return &TracebackObject{v.Traceback}, true, nil
		case "__notes__":
			if v.Notes == nil {
				return nil, false, nil
			}
			out := make([]Object, len(v.Notes))
			for i, n := range v.Notes {
				out[i] = Str(n)
			}
			return NewList(out), true, nil
		case "__dict__":
			return instanceDict(v), true, nil
		case "value":
			if v.IsA(StopIterationType) || v.IsA(StopAsyncIterationType) {
				return stopIterationValue(v), true, nil
			}
		case "code":
			if v.IsA(SystemExitType) {
				if len(v.Args) == 0 {
					return None, true, nil
				}
				if len(v.Args) == 1 {
					return v.Args[0], true, nil
				}
				return v.Args, true, nil
			}
		case "name", "obj", "path", "msg":
			// NameError.name, AttributeError.name and .obj, ImportError
			// .name, .path and .msg: None unless given.
			var has bool
			switch name {
			case "name":
				has = v.IsA(NameErrorType) || v.IsA(AttributeErrorType) || v.IsA(ImportErrorType)
			case "obj":
				has = v.IsA(AttributeErrorType)
			case "msg":
				has = v.IsA(ImportErrorType) || v.IsA(SyntaxErrorType)
			default:
				has = v.IsA(ImportErrorType)
			}
			if has {
				if d := instanceDict(v); d != nil {
					if x := d.GetStr(name); x != nil {
						return x, true, nil
					}
				}
				if name == "msg" && len(v.Args) == 1 && v.IsA(ImportErrorType) {
					return v.Args[0], true, nil
				}
				return None, true, nil
			}
		case "errno", "strerror", "filename", "filename2":
			if v.IsA(OSErrorType) || name == "filename" && v.IsA(SyntaxErrorType) {
				if d := instanceDict(v); d != nil {
					if x := d.GetStr(name); x != nil {
						return x, true, nil
					}
				}
				return None, true, nil
			}
		case "exceptions":
			if v.Group != nil {
				t := make(Tuple, len(v.Group))
				for i, x := range v.Group {
					t[i] = x
				}
				return t, true, nil
			}
		case "message":
			if v.Class.IsSubtype(BaseExceptionGroupType) {
				return Str(v.Msg), true, nil
			}
		case "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line":
			if v.IsA(SyntaxErrorType) {
				if d := instanceDict(v); d != nil {
					if x := d.GetStr(name); x != nil {
						return x, true, nil
					}
				}
				return None, true, nil
			}
		}
	case *Generator:
		switch name {
		case "__name__":
			return Str(v.Name()), true, nil
		case "__qualname__":
			return Str(v.Qualname()), true, nil
		case "gi_running", "cr_running", "ag_running":
			return Bool(v.running), true, nil
		case "gi_frame", "cr_frame", "ag_frame":
			if v.Frame.finished {
				return None, true, nil
			}
			return frameObject(v.Frame), true, nil
		case "cr_code", "gi_code", "ag_code":
			return &codeObject{v.Frame.Code}, true, nil
		}
	case *Module:
		switch name {
		case "__name__":
			return Str(v.Name), true, nil
		}
	case *Property:
		switch name {
		case "fget":
			return orNone(v.Get), true, nil
		case "fset":
			return orNone(v.Set), true, nil
		case "__doc__":
			return orNone(v.Doc), true, nil
		}
	case *StaticMethod:
		if name == "__func__" {
			return v.Func, true, nil
		}
	case *ClassMethod:
		if name == "__func__" {
			return v.Func, true, nil
		}
	case *Super:
		v2, err := superGetAttr(th, v, name)
		return v2, true, err
	case *codeObject:
		switch name {
		case "co_name":
			return Str(v.c.Name), true, nil
		case "co_filename":
			return Str(v.c.Filename), true, nil
		case "co_firstlineno":
			return Int(v.c.FirstLine), true, nil
		case "co_qualname":
			return Str(v.c.Qualname), true, nil
		case "co_argcount":
			return Int(v.c.ArgCount), true, nil
		case "co_posonlyargcount":
			return Int(v.c.PosOnlyCount), true, nil
		case "co_kwonlyargcount":
			return Int(v.c.KwOnlyCount), true, nil
		case "co_nlocals":
			return Int(len(v.c.VarNames)), true, nil
		case "co_varnames":
			return strTuple(v.c.VarNames), true, nil
		case "co_cellvars":
			return strTuple(v.c.CellVars), true, nil
		case "co_freevars":
			return strTuple(v.c.FreeVars), true, nil
		}
	case *FrameObject:
		switch name {
		case "f_lineno":
			return Int(v.F.Line()), true, nil
		case "f_code":
			return &codeObject{v.F.Code}, true, nil
		case "f_globals":
			return v.F.Globals, true, nil
		case "f_back":
			if v.F.Back == nil {
				return None, true, nil
			}
			return frameObject(v.F.Back), true, nil
		}
	case *TracebackObject:
		switch name {
		case "tb_lineno":
			return Int(v.TB.Line), true, nil
		case "tb_frame":
			if v.TB.Frame != nil {
				return frameObject(v.TB.Frame), true, nil
			}
		case "tb_next":
			if v.TB.Next == nil {
				return None, true, nil
			}
			return &TracebackObject{v.TB.Next}, true, nil
		}
	case *Slice:
		switch name {
		case "start":
			return v.Start, true, nil
		case "stop":
			return v.Stop, true, nil
		case "step":
			return v.Step, true, nil
		}
	case *Range:
		switch name {
		case "start":
			return Int(v.Start), true, nil
		case "stop":
			return Int(v.Stop), true, nil
		case "step":
			return Int(v.Step), true, nil
		}
	case Complex:
		switch name {
		case "real":
			return Float(real(complex128(v))), true, nil
		case "imag":
			return Float(imag(complex128(v))), true, nil
		}
	case Int, *BigInt, Bool:
		switch name {
		case "real", "numerator":
			return asIntLike(o), true, nil
		case "imag":
			return Int(0), true, nil
		case "denominator":
			return Int(1), true, nil
		}
	case Float:
		switch name {
		case "real":
			return v, true, nil
		case "imag":
			return Float(0), true, nil
		}
	}
	if name == "__doc__" {
		return None, true, nil
	}
	if name == "__module__" {
		if t := o.Type(); t.Flags&FlagHeapType != 0 {
			return Str(t.Module), true, nil
		}
	}
	return nil, false, nil
}

func orNone(o Object) Object {
	if o == nil {
		return None
	}
	return o
}

// FrameObject is the Python-visible frame (cr_frame, sys._getframe()).
type FrameObject struct{ F *Frame }

// Type returns frame.
func (*FrameObject) Type() *Type { return FrameType }

// FrameType is the type of frame objects.
var FrameType = newBuiltinType("frame", ObjectType, 0)

// dirOf implements dir(x): sorted attribute names.
// objectDirNames are the attributes of object in CPython 3.11.
var objectDirNames = []string{"__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__",
	"__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
	"__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__",
	"__sizeof__", "__str__", "__subclasshook__"}

func dirOf(th *Thread, o Object) (Object, error) {
	seen := map[string]bool{}
	var names []string
	add := func(d *Dict) {
		if d == nil {
			return
		}
		for _, k := range d.Keys() {
			if s, ok := k.(Str); ok && !seen[string(s)] {
				seen[string(s)] = true
				names = append(names, string(s))
			}
		}
	}
	addNames := func(list ...string) {
		for _, n := range list {
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
	}
	// addClass adds a class's attributes, with those CPython's classes
	// carry as descriptors or slots that our dictionaries do not hold.
	addClass := func(m *Type) {
		add(m.Dict)
		if m == ObjectType {
			addNames(objectDirNames...)
		} else if m.Flags&FlagHeapType != 0 {
			addNames("__doc__")
			if m.Flags&FlagNoDict == 0 {
				addNames("__dict__", "__weakref__")
			}
		}
	}
	switch v := o.(type) {
	case *Module:
		add(v.Dict)
	case *Type:
		for _, m := range v.MRO {
			addClass(m)
		}
	default:
		add(instanceDict(o))
		for _, m := range o.Type().MRO {
			addClass(m)
		}
	}
	sortStrings(names)
	out := make([]Object, len(names))
	for i, n := range names {
		out[i] = Str(n)
	}
	return NewList(out), nil
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && strings.Compare(s[j-1], s[j]) > 0; j-- {
			s[j-1], s[j] = s[j], s[j-1]
		}
	}
}

// exceptionInitKeywords stores the keyword arguments that the __init__ of
// AttributeError (name, obj), NameError (name) and ImportError (name,
// path) take, and rejects any other as CPython does.
func exceptionInitKeywords(th *Thread, e *Exception, values []Object, kw []string) error {
	var allowed []string
	switch {
	case e.IsA(AttributeErrorType):
		allowed = []string{"name", "obj"}
	case e.IsA(NameErrorType):
		allowed = []string{"name"}
	case e.IsA(ImportErrorType):
		allowed = []string{"name", "path"}
	default:
		return th.Errorf(TypeErrorType, "%s() takes no keyword arguments", e.Class.Name)
	}
	for i, k := range kw {
		ok := false
		for _, a := range allowed {
			ok = ok || a == k
		}
		if !ok {
			return th.Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, e.Class.Name)
		}
		e.SetAttrStr(k, values[i])
	}
	return nil
}

func strTuple(names []string) Tuple {
	out := make(Tuple, len(names))
	for i, n := range names {
		out[i] = Str(n)
	}
	return out
}
