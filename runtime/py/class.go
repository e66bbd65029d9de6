package py

import (
	"slices"
	"strings"

	"github.com/aioplay/aioplay/runtime/compile"
)

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
	name, ok := args[1].(Str)
	if !ok {
		return nil, th.NewError(TypeErrorType, "__build_class__: name is not a string")
	}
	var bases []*Type
	var meta Object
	origBases := Tuple(args[2:npos])
	resolved := false
	for _, b := range origBases {
		t, ok := b.(*Type)
		if ok {
			bases = append(bases, t)
			continue
		}
		// PEP 560: a non-class base (typing.Generic[T]) names the
		// classes to use instead with __mro_entries__(bases).
		me, err := GetAttrOpt(th, b, "__mro_entries__")
		if err != nil {
			return nil, err
		}
		if me == nil {
			return nil, th.Errorf(TypeErrorType, "bases must be types")
		}
		r, err := th.Call(me, []Object{origBases}, nil)
		if err != nil {
			return nil, err
		}
		entries, ok := r.(Tuple)
		if !ok {
			return nil, th.NewError(TypeErrorType, "__mro_entries__ must return a tuple")
		}
		for _, e := range entries {
			et, ok := e.(*Type)
			if !ok {
				return nil, th.Errorf(TypeErrorType, "bases must be types")
			}
			bases = append(bases, et)
		}
		resolved = true
	}
	// The other keywords go to the metaclass and __init_subclass__.
	var kwArgs []Object
	var kwNames []string
	for i, k := range kwnames {
		if k == "metaclass" {
			meta = args[npos+i]
		} else {
			kwArgs = append(kwArgs, args[npos+i])
			kwNames = append(kwNames, k)
		}
	}
	// Without an explicit metaclass, the most derived metaclass of the
	// bases; with a class as metaclass, it must agree with them too.
	if mt, isType := meta.(*Type); meta == nil || isType {
		winner := mt
		if winner == nil {
			winner = TypeType
		}
		for _, b := range bases {
			bm := b.Type()
			switch {
			case winner.IsSubtype(bm):
			case bm.IsSubtype(winner):
				winner = bm
			default:
				return nil, th.NewError(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
			}
		}
		meta = winner
	}
	ns := NewDict()
	ns.SetStr("__module__", body.Globals.GetStr("__name__"))
	ns.SetStr("__qualname__", Str(body.Qualname))
	f := th.newFrame(body.Code, body.Globals, body.Closure)
	f.setNS(ns)
	// The implicit __class__ cell used by zero-argument super(), filled
	// once the class exists (the frame drops its cells when it returns).
	var classCell *Cell
	for i, cv := range body.Code.CellVars {
		if cv == "__class__" {
			classCell = f.cell(i)
		}
	}
	if _, err := th.runFrame(f); err != nil {
		return nil, err
	}
	if resolved {
		ns.SetStr("__orig_bases__", origBases)
	}
	var cls Object
	var err error
	if meta != TypeType {
		bt := make(Tuple, len(bases))
		for i, b := range bases {
			bt[i] = b
		}
		cls, err = th.Call(meta, append([]Object{name, bt, ns}, kwArgs...), kwNames)
	} else {
		cls, err = th.newClassKw(string(name), bases, ns, kwArgs, kwNames)
	}
	if err != nil {
		return nil, err
	}
	if classCell != nil {
		classCell.V = cls
	}
	return cls, nil
}

// NewClass creates a class as a class statement does.
func (th *Thread) NewClass(name string, bases []*Type, ns *Dict) (*Type, error) {
	return th.newClassKw(name, bases, ns, nil, nil)
}

// newClassKw is NewClass passing keyword arguments of the class statement
// (class C(Base, flag=1)) on to __init_subclass__.
func (th *Thread) newClassKw(name string, bases []*Type, ns *Dict, kwArgs []Object, kwNames []string) (*Type, error) {
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
	for i, b := range bases {
		if slices.Contains(bases[:i], b) {
			return nil, th.Errorf(TypeErrorType, "duplicate base class %s", b.Name)
		}
	}
	// Two builtin layouts that do not extend one another cannot be
	// combined (class C(int, str)).
	var solid *Type
	for _, b := range bases {
		l := b.layout
		if l == nil || l == ObjectType {
			continue
		}
		switch {
		case solid == nil || l.IsSubtype(solid):
			solid = l
		case solid.IsSubtype(l):
		default:
			return nil, th.NewError(TypeErrorType, "multiple bases have instance lay-out conflict")
		}
	}
	mro, ok := computeMRO(t, bases)
	if !ok {
		names := make([]string, len(mro))
		for i, h := range mro {
			names[i] = h.Name
		}
		return nil, th.NewError(TypeErrorType, "Cannot create a consistent method resolution\norder (MRO) for bases "+strings.Join(names, ", "))
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
		if b.Flags&FlagHeapType == 0 && sessionsStarted.Load() {
			// A builtin base is shared by every session: the link
			// lives in this thread.
			if th.builtinSubs == nil {
				th.builtinSubs = make(map[*Type][]*Type)
			}
			th.builtinSubs[b] = append(th.builtinSubs[b], t)
			continue
		}
		b.addSubclass(t)
	}
	if err := th.setupSlots(t, ns); err != nil {
		return nil, err
	}
	// A class that defines __eq__ without __hash__ is unhashable.
	if ns.GetStr("__eq__") != nil && ns.GetStr("__hash__") == nil {
		ns.SetStr("__hash__", None)
	}
	// __init_subclass__ and __set_name__ hooks.
	for _, kv := range ns.Items() {
		if p, ok := kv[1].(*Property); ok {
			p.Name = kv[0] // property.__set_name__
		}
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
				if _, err := th.Call(fn, append([]Object{t}, kwArgs...), kwNames); err != nil {
					return nil, err
				}
			} else if len(kwNames) > 0 {
				return nil, th.Errorf(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", t.Qualname)
			}
		}
	}
	return t, nil
}

// setupSlots records a class's __slots__: when it and every base class
// declare slots (and none names __dict__), instances accept only those
// names. Classes whose instances are *Instance get member descriptors
// (see layoutSlots); the others keep slot values in their dict.
func (th *Thread) setupSlots(t *Type, ns *Dict) error {
	decl := ns.GetStr("__slots__")
	if decl == nil {
		if t.layout == ObjectType {
			return th.layoutSlots(t, ns, nil)
		}
		return nil
	}
	var names []Object
	if s, ok := decl.(Str); ok {
		names = []Object{s}
	} else {
		items, err := th.Iterate(decl)
		if err != nil {
			return err
		}
		names = items
	}
	if len(names) > 0 && (t.layout == IntType || t.layout == TupleType || t.layout == BytesType) {
		return th.Errorf(TypeErrorType, "nonempty __slots__ not supported for subtype of '%s'", t.layout.Name)
	}
	// A base class without __slots__ (or naming them) already gives its
	// instances a __dict__ and a __weakref__.
	baseDict, baseWeak := t.layout.IsSubtype(BaseExceptionType), false
	for _, m := range t.MRO[1:] {
		if m.Flags&FlagHeapType == 0 {
			continue
		}
		if m.slots == nil {
			baseDict, baseWeak = true, true
		}
		if m.Flags&FlagNoDict == 0 {
			baseDict = true
		}
		if m.slots["__weakref__"] {
			baseWeak = true
		}
	}
	t.slots = map[string]bool{}
	hasDict, hasWeak := false, false
	var own []string
	for _, n := range names {
		s, ok := n.(Str)
		if !ok {
			return th.Errorf(TypeErrorType, "__slots__ items must be strings, not '%s'", n.Type().Name)
		}
		if !isIdentifier(string(s)) {
			return th.NewError(TypeErrorType, "__slots__ must be identifiers")
		}
		if string(s) == "__dict__" {
			if hasDict || baseDict {
				return th.NewError(TypeErrorType, "__dict__ slot disallowed: we already got one")
			}
			hasDict = true
			continue
		}
		if string(s) == "__weakref__" {
			if hasWeak || baseWeak {
				return th.NewError(TypeErrorType, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
			}
			hasWeak = true
		}
		name := compile.Mangle(t.Name, string(s))
		if ns.GetStr(name) != nil {
			return th.Errorf(ValueErrorType, "'%s' in __slots__ conflicts with class variable", string(s))
		}
		t.slots[name] = true
		if string(s) != "__weakref__" {
			own = append(own, name)
		}
	}
	noDict := !hasDict
	for _, m := range t.MRO[1:] {
		if m == ObjectType || m.Flags&FlagHeapType == 0 {
			continue
		}
		if m.Flags&FlagNoDict == 0 {
			noDict = false
		}
		for k := range m.slots {
			t.slots[k] = true
		}
	}
	if t.layout == ObjectType {
		if noDict {
			t.Flags |= FlagNoDict
		}
		return th.layoutSlots(t, ns, own)
	}
	return nil
}

// newType is type(name, bases, dict) with three arguments, and
// type.__new__(metaclass, name, bases, dict, **kw): keywords go to
// __init_subclass__, and a class made by a metaclass records it.
func newType(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	kwArgs := args[npos:]
	args = args[:npos]
	if len(args) != 3 {
		return nil, th.NewError(TypeErrorType, "type() takes 1 or 3 arguments")
	}
	name, ok := args[0].(Str)
	if !ok {
		return nil, th.Errorf(TypeErrorType, "type.__new__() argument 1 must be str, not %s", args[0].Type().Name)
	}
	bt, ok := args[1].(Tuple)
	if !ok {
		return nil, th.Errorf(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", args[1].Type().Name)
	}
	d, ok := args[2].(*Dict)
	if !ok {
		return nil, th.Errorf(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", args[2].Type().Name)
	}
	var bases []*Type
	for _, b := range bt {
		t, ok := b.(*Type)
		if !ok {
			// the base's type is no metaclass (_PyType_CalculateMetaclass)
			return nil, th.NewError(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		bases = append(bases, t)
	}
	ns := d.Copy()
	if ns.GetStr("__module__") == nil {
		if m := th.frame; m != nil {
			ns.SetStr("__module__", m.Globals.GetStr("__name__"))
		}
	}
	t, err := th.newClassKw(string(name), bases, ns, kwArgs, kwnames)
	if err != nil {
		return nil, err
	}
	if cls != TypeType && cls.IsSubtype(TypeType) {
		t.Meta = cls
	}
	return t, nil
}

func init() {
	// type.__new__, type.__init__ and type.__call__, which metaclasses
	// reach with super().
	TypeType.Dict.SetStr("__new__", &StaticMethod{Func: NewBuiltin("__new__", func(th *Thread, args []Object, kw []string) (Object, error) {
		if len(args)-len(kw) < 1 {
			return nil, th.NewError(TypeErrorType, "type.__new__(): not enough arguments")
		}
		mcls, ok := args[0].(*Type)
		if !ok || !mcls.IsSubtype(TypeType) {
			return nil, th.Errorf(TypeErrorType, "type.__new__(X): X is not a type object (%s)", args[0].Type().Name)
		}
		return newType(th, mcls, args[1:], kw)
	})})
	typeInit = method(TypeType, "__init__", func(th *Thread, args []Object, kw []string) (Object, error) {
		if n := len(args) - len(kw) - 1; n != 1 && n != 3 {
			return nil, th.NewError(TypeErrorType, "type.__init__() takes 1 or 3 arguments")
		}
		return None, nil
	})
	typeCall = method(TypeType, "__call__", func(th *Thread, args []Object, kw []string) (Object, error) {
		if len(args)-len(kw) < 1 {
			return nil, th.NewError(TypeErrorType, "descriptor '__call__' of 'type' object needs an argument")
		}
		cls, ok := args[0].(*Type)
		if !ok {
			return nil, th.Errorf(TypeErrorType, "descriptor '__call__' requires a 'type' object but received a '%s'", args[0].Type().Name)
		}
		return th.callType(cls, args[1:], kw)
	})
}

// typeInit and typeCall are type.__init__ and type.__call__.
var typeInit, typeCall *Builtin

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
		obj = f.slots[0]
		if obj == nil {
			// the first argument may live in a cell
			for i, a := range code.Cell2Arg {
				if a == 0 {
					obj = f.cell(i).V
				}
			}
		}
		for i, name := range code.FreeVars {
			if name == "__class__" {
				c := f.cell(len(code.CellVars) + i).V
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
		// super(C, cls) (a class, not an instance of a metaclass)
		// finds plain functions unbound.
		classLevel := s.Obj == Object(s.ObjType)
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
				if classLevel {
					return d, nil
				}
				return &Method{Func: d, Self: s.Obj}, nil
			case *Builtin:
				if d.ClassMethod {
					return &Method{Func: d, Self: s.ObjType}, nil
				}
				if d.Method {
					if classLevel {
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
		// Every member is checked before any is matched.
		for _, c := range t {
			if ct, ok := c.(*Type); !ok || !ct.IsSubtype(BaseExceptionType) {
				return check(c)
			}
		}
		for _, c := range t {
			if e.Class.IsSubtype(c.(*Type)) {
				return true, nil
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
