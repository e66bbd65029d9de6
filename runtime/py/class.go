package py

import "github.com/aioplay/aioplay/runtime/compile"

// buildClassBuiltin is __build_class__(func, name, *bases, **kw).
var buildClassBuiltin *Builtin

func (th *Thread) buildClass() Object { return buildClassBuiltin }

func init() { buildClassBuiltin = NewBuiltin("__build_class__", buildClass) }

func buildClass(th *Thread, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	if npos < 2 {
		return nil, th.NewError(TypeErrorType, "__build_class__: not enough arguments")
	}
	body, ok := args[0].(*Function)
	if !ok {
		return nil, th.NewError(TypeErrorType, "__build_class__: func must be a function")
	}
	name := string(args[1].(Str))
	var bases []*Type
	var meta Object
	for _, b := range args[2:npos] {
		t, ok := b.(*Type)
		if !ok {
			return nil, th.Errorf(TypeErrorType, "bases must be types")
		}
		bases = append(bases, t)
	}
	for i, k := range kwnames {
		if k == "metaclass" {
			meta = args[npos+i]
		}
	}
	ns := NewDict()
	ns.SetStr("__module__", body.Globals.GetStr("__name__"))
	ns.SetStr("__qualname__", Str(body.Qualname))
	f := th.newFrame(body.Code, body.Globals, body.Closure)
	f.NS = ns
	if _, err := th.runFrame(f); err != nil {
		return nil, err
	}
	if meta != nil && meta != TypeType {
		bt := make(Tuple, len(bases))
		for i, b := range bases {
			bt[i] = b
		}
		return th.Call(meta, []Object{Str(name), bt, ns}, nil)
	}
	cls, err := th.NewClass(name, bases, ns)
	if err != nil {
		return nil, err
	}
	// The implicit __class__ cell used by zero-argument super().
	for i, cv := range body.Code.CellVars {
		if cv == "__class__" {
			f.cells[i].V = cls
		}
	}
	return cls, nil
}

// NewClass creates a class as a class statement does.
func (th *Thread) NewClass(name string, bases []*Type, ns *Dict) (*Type, error) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for _, b := range bases {
		if b.Flags&FlagBaseType == 0 {
			return nil, th.Errorf(TypeErrorType, "type '%s' is not an acceptable base type", b.Name)
		}
	}
	t := &Type{Name: name, Qualname: name, Dict: ns, Bases: bases, Flags: FlagHeapType | FlagBaseType}
	if m, ok := ns.GetStr("__module__").(Str); ok {
		t.Module = string(m)
	}
	if q, ok := ns.GetStr("__qualname__").(Str); ok {
		t.Qualname = string(q)
		ns.DelStr("__qualname__")
	}
	mro, ok := computeMRO(t, bases)
	if !ok {
		return nil, th.NewError(TypeErrorType, "Cannot create a consistent method resolution order (MRO)")
	}
	t.MRO = mro
	// The layout is the most derived builtin base's.
	t.layout = ObjectType
	for _, m := range mro[1:] {
		if m.Flags&FlagHeapType == 0 && m != ObjectType {
			t.layout = m.layout
			t.New = m.New
			break
		}
	}
	if t.New == nil {
		t.New = newObject
	}
	if t.layout.Flags&FlagException != 0 || t.layout == BaseExceptionType {
		t.Flags |= FlagException
	}
	for _, b := range bases {
		b.subclasses = append(b.subclasses, t)
	}
	// A class that defines __eq__ without __hash__ is unhashable.
	if ns.GetStr("__eq__") != nil && ns.GetStr("__hash__") == nil {
		ns.SetStr("__hash__", None)
	}
	// __init_subclass__ and __set_name__ hooks.
	for _, kv := range ns.Items() {
		if m := kv[1].Type().Lookup("__set_name__"); m != nil && kv[1].Type().Flags&FlagHeapType != 0 {
			if _, err := th.Call(m, []Object{kv[1], t, kv[0]}, nil); err != nil {
				return nil, err
			}
		}
	}
	if len(mro) > 1 {
		if m := mro[1].Lookup("__init_subclass__"); m != nil {
			fn := m
			if cm, ok := m.(*ClassMethod); ok {
				fn = cm.Func
			}
			if _, ok := fn.(*Builtin); !ok {
				if _, err := th.Call(fn, []Object{t}, nil); err != nil {
					return nil, err
				}
			}
		}
	}
	return t, nil
}

// newType is type(name, bases, dict) with three arguments.
func newType(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if len(args) != 3 {
		return nil, th.NewError(TypeErrorType, "type() takes 1 or 3 arguments")
	}
	name, ok := args[0].(Str)
	if !ok {
		return nil, th.NewError(TypeErrorType, "type.__new__() argument 1 must be str")
	}
	bt, _ := args[1].(Tuple)
	var bases []*Type
	for _, b := range bt {
		t, ok := b.(*Type)
		if !ok {
			return nil, th.NewError(TypeErrorType, "bases must be types")
		}
		bases = append(bases, t)
	}
	d, ok := args[2].(*Dict)
	if !ok {
		return nil, th.NewError(TypeErrorType, "type.__new__() argument 3 must be dict")
	}
	ns := d.Copy()
	if ns.GetStr("__module__") == nil {
		if m := th.frame; m != nil {
			ns.SetStr("__module__", m.Globals.GetStr("__name__"))
		}
	}
	return th.NewClass(string(name), bases, ns)
}

// superBuiltin is super([type, obj]).
func superNew(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	var start *Type
	var obj Object
	switch len(args) {
	case 0:
		f := th.frame
		if f == nil || f.Func == nil {
			return nil, th.NewError(RuntimeErrorType, "super(): no arguments")
		}
		code := f.Code
		if code.ArgCount == 0 && code.Flags&compile.FlagVarArgs == 0 {
			return nil, th.NewError(RuntimeErrorType, "super(): no arguments")
		}
		obj = f.locals[0]
		if obj == nil {
			// the first argument may live in a cell
			for i, a := range code.Cell2Arg {
				if a == 0 {
					obj = f.cells[i].V
				}
			}
		}
		for i, name := range code.FreeVars {
			if name == "__class__" {
				c := f.cells[len(code.CellVars)+i].V
				if t, ok := c.(*Type); ok {
					start = t
				}
			}
		}
		if start == nil {
			return nil, th.NewError(RuntimeErrorType, "super(): __class__ cell not found")
		}
	case 1, 2:
		t, ok := args[0].(*Type)
		if !ok {
			return nil, th.Errorf(TypeErrorType, "super() argument 1 must be a type, not %s", args[0].Type().Name)
		}
		start = t
		if len(args) == 2 {
			obj = args[1]
		}
	default:
		return nil, th.NewError(TypeErrorType, "super() takes at most 2 arguments")
	}
	s := &Super{Start: start, Obj: obj}
	if obj != nil {
		if t, ok := obj.(*Type); ok && t.IsSubtype(start) {
			s.ObjType = t
		} else if obj.Type().IsSubtype(start) {
			s.ObjType = obj.Type()
		} else {
			return nil, th.NewError(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
		}
	}
	return s, nil
}

// superGetAttr finds name in the MRO after Start.
func superGetAttr(th *Thread, s *Super, name string) (Object, error) {
	if s.ObjType != nil && name != "__class__" {
		mro := s.ObjType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.Start {
			i++
		}
		for i++; i < len(mro); i++ {
			v := mro[i].Dict.GetStr(name)
			if v == nil {
				continue
			}
			switch d := v.(type) {
			case *Function:
				if _, isType := s.Obj.(*Type); isType {
					return d, nil
				}
				return &Method{Func: d, Self: s.Obj}, nil
			case *Builtin:
				if d.ClassMethod {
					return &Method{Func: d, Self: s.ObjType}, nil
				}
				if d.Method {
					if _, isType := s.Obj.(*Type); isType {
						return d, nil
					}
					return &Method{Func: d, Self: s.Obj}, nil
				}
				return d, nil
			case *ClassMethod:
				return &Method{Func: d.Func, Self: s.ObjType}, nil
			case *StaticMethod:
				return d.Func, nil
			case *Property:
				return th.Call(d.Get, []Object{s.Obj}, nil)
			}
			return v, nil
		}
	}
	return nil, th.Errorf(AttributeErrorType, "'super' object has no attribute '%s'", name)
}

// excMatches implements `except cls` for the exception on the stack.
func (th *Thread) excMatches(exc, cls Object) (bool, error) {
	e, ok := exc.(*Exception)
	if !ok {
		return false, nil
	}
	check := func(c Object) (bool, error) {
		t, ok := c.(*Type)
		if !ok || !t.IsSubtype(BaseExceptionType) {
			return false, th.NewError(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
		}
		return e.Class.IsSubtype(t), nil
	}
	if t, ok := cls.(Tuple); ok {
		for _, c := range t {
			m, err := check(c)
			if err != nil || m {
				return m, err
			}
		}
		return false, nil
	}
	return check(cls)
}

// makeRaise builds the exception of `raise X [from Y]`.
func (th *Thread) makeRaise(x, cause Object, hasCause bool) error {
	var exc *Exception
	switch v := x.(type) {
	case *Exception:
		exc = v
	case *Type:
		if !v.IsSubtype(BaseExceptionType) {
			return th.NewError(TypeErrorType, "exceptions must derive from BaseException")
		}
		o, err := th.Call(v, nil, nil)
		if err != nil {
			return err
		}
		e, ok := o.(*Exception)
		if !ok {
			return th.Errorf(TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", v.Name, o.Type().Name)
		}
		exc = e
	default:
		return th.NewError(TypeErrorType, "exceptions must derive from BaseException")
	}
	if hasCause {
		switch c := cause.(type) {
		case *NoneType:
			exc.Cause = nil
		case *Exception:
			exc.Cause = c
		case *Type:
			if !c.IsSubtype(BaseExceptionType) {
				return th.NewError(TypeErrorType, "exception causes must derive from BaseException")
			}
			o, err := th.Call(c, nil, nil)
			if err != nil {
				return err
			}
			exc.Cause = o.(*Exception)
		default:
			return th.NewError(TypeErrorType, "exception causes must derive from BaseException")
		}
		exc.SuppressContext = true
	}
	th.setContext(exc)
	return exc
}

// withEnter implements the start of a with statement: it returns the
// bound __exit__ and the result of __enter__().
func (th *Thread) withEnter(mgr Object) (Object, Object, error) {
	cls := mgr.Type()
	enter := cls.Lookup("__enter__")
	if enter == nil {
		return nil, nil, th.Errorf(TypeErrorType, "'%s' object does not support the context manager protocol", cls.Name)
	}
	exit := cls.Lookup("__exit__")
	if exit == nil {
		return nil, nil, th.Errorf(TypeErrorType, "'%s' object does not support the context manager protocol (missed __exit__ method)", cls.Name)
	}
	boundExit, err := bindAttr(th, exit, mgr, cls)
	if err != nil {
		return nil, nil, err
	}
	res, err := th.Call(enter, []Object{mgr}, nil)
	if err != nil {
		return nil, nil, err
	}
	return boundExit, res, nil
}

// asyncWithEnter implements the start of async with: the bound __aexit__
// and the awaitable of __aenter__().
func (th *Thread) asyncWithEnter(mgr Object) (Object, Object, error) {
	cls := mgr.Type()
	enter := cls.Lookup("__aenter__")
	if enter == nil {
		return nil, nil, th.Errorf(TypeErrorType, "'%s' object does not support the asynchronous context manager protocol", cls.Name)
	}
	exit := cls.Lookup("__aexit__")
	if exit == nil {
		return nil, nil, th.Errorf(TypeErrorType, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", cls.Name)
	}
	boundExit, err := bindAttr(th, exit, mgr, cls)
	if err != nil {
		return nil, nil, err
	}
	res, err := th.Call(enter, []Object{mgr}, nil)
	if err != nil {
		return nil, nil, err
	}
	return boundExit, res, nil
}
