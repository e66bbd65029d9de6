package py

import "slices"

// GetAttr implements getattr(obj, name).
func GetAttr(th *Thread, obj Object, name string) (Object, error) {
	v, err := getAttr(th, obj, name)
	if err != nil || v != nil {
		return v, err
	}
	return nil, attrError(th, obj, name)
}

// GetAttrOpt is GetAttr returning (nil, nil) when the attribute is
// missing (AttributeError is swallowed).
func GetAttrOpt(th *Thread, obj Object, name string) (Object, error) {
	v, err := getAttr(th, obj, name)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.IsA(AttributeErrorType) {
			return nil, nil
		}
	}
	return v, err
}

func attrError(th *Thread, obj Object, name string) error {
	var e *Exception
	switch o := obj.(type) {
	case *Module:
		e = th.Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", o.Name, name)
	case *Type:
		// CPython names a type by its tp_name: "module.Name" for types
		// implemented in C modules, the bare name for classes.
		tn := o.Name
		if o.Flags&FlagHeapType == 0 && o.Module != "builtins" && o.Module != "" {
			tn = o.Module + "." + o.Name
		}
		e = th.Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", tn, name)
	default:
		e = th.Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", obj.Type().Name, name)
	}
	e.SetAttrStr("name", Str(name))
	e.SetAttrStr("obj", obj)
	return e
}

// SetAttrStr sets an attribute in the exception's instance dict.
func (e *Exception) SetAttrStr(name string, v Object) {
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	e.Dict.SetStr(name, v)
}

// instanceDict returns the attribute dictionary of objects that have one.
func instanceDict(obj Object) *Dict {
	switch o := obj.(type) {
	case *Instance:
		if o.Dict == nil {
			return nil // instances of classes with __slots__
		}
		return o.Dict
	case *Exception:
		if o.Dict == nil {
			o.Dict = NewDict()
		}
		return o.Dict
	case *Function:
		if o.Dict == nil {
			o.Dict = NewDict()
		}
		return o.Dict
	case *Module:
		return o.Dict
	case DictHolder:
		return o.InstanceDict()
	}
	return nil
}

// DictHolder is implemented by Go-defined objects that carry an attribute
// dictionary (so Python subclasses of them can set attributes).
type DictHolder interface {
	InstanceDict() *Dict
}

// DictMaker is a DictHolder whose InstanceDict is nil until an attribute
// is first set, which then calls MakeInstanceDict: reading attributes
// (every method call) must not allocate a dictionary.
type DictMaker interface {
	MakeInstanceDict() *Dict
}

// getAttr returns the attribute or nil (with a nil error) when missing.
func getAttr(th *Thread, obj Object, name string) (Object, error) {
	if t, ok := obj.(*Type); ok {
		return typeGetAttr(th, t, name)
	}
	if m, ok := obj.(*Module); ok {
		if v := m.Dict.GetStr(name); v != nil {
			return v, nil
		}
		if name == "__dict__" {
			return m.Dict, nil
		}
		if ga := m.Dict.GetStr("__getattr__"); ga != nil {
			v, err := th.Call(ga, []Object{Str(name)}, nil)
			if err != nil {
				if e, ok := err.(*Exception); ok && e.IsA(AttributeErrorType) {
					return nil, nil
				}
			}
			return v, err
		}
		return nil, nil
	}
	if sup, ok := obj.(*Super); ok && name != "__class__" && name != "__thisclass__" {
		return superGetAttr(th, sup, name)
	}
	cls := obj.Type()
	if cls.Flags&FlagHeapType != 0 {
		if ga := cls.Lookup("__getattribute__"); ga != nil && ga != Object(objectGetattribute) {
			// A class's own __getattribute__ sees every lookup;
			// __getattr__ still catches its AttributeError.
			v, err := th.Call(ga, []Object{obj, Str(name)}, nil)
			if e, ok := err.(*Exception); ok && e.IsA(AttributeErrorType) {
				if gattr := cls.Lookup("__getattr__"); gattr != nil {
					return th.Call(gattr, []Object{obj, Str(name)}, nil)
				}
			}
			return v, err
		}
	}
	v, err := genericGetAttr(th, obj, cls, name)
	if v != nil || err != nil || cls.Flags&FlagHeapType == 0 {
		return v, err
	}
	if ga := cls.Lookup("__getattr__"); ga != nil {
		return th.Call(ga, []Object{obj, Str(name)}, nil)
	}
	return nil, nil
}

// genericGetAttr is object.__getattribute__: data descriptors, the
// instance dict, class attributes; (nil, nil) when there is none.
func genericGetAttr(th *Thread, obj Object, cls *Type, name string) (Object, error) {
	attr := cls.Lookup(name)
	// Data descriptors take precedence over the instance dict.
	if attr != nil {
		switch d := attr.(type) {
		case *Property:
			if d.Get == nil || d.Get == None {
				return nil, d.missingError(th, "getter", cls)
			}
			return th.Call(d.Get, []Object{obj}, nil)
		case *Instance:
			if get := d.Class.Lookup("__get__"); get != nil && d.Class.Lookup("__set__") != nil {
				return th.Call(get, []Object{d, obj, cls}, nil)
			}
		case *SlotMember:
			// (nil, nil) when unset: AttributeError, or __getattr__.
			return d.access(th, obj, nil, false)
		}
	}
	if d := instanceDict(obj); d != nil {
		if v := d.GetStr(name); v != nil {
			return v, nil
		}
	}
	if attr != nil {
		return bindAttr(th, attr, obj, cls)
	}
	if v, ok, err := specialAttr(th, obj, name); ok || err != nil {
		return v, err
	}
	return nil, nil
}

func isSameAttrError(e *Exception, obj Object, name string) bool { return false }

// bindAttr applies the descriptor protocol to a class attribute found for
// an instance.
func bindAttr(th *Thread, attr, obj Object, cls *Type) (Object, error) {
	switch d := attr.(type) {
	case *Function:
		return &Method{Func: d, Self: obj}, nil
	case *Builtin:
		if d.ClassMethod {
			return &Method{Func: d, Self: cls}, nil
		}
		if d.Method {
			return &Method{Func: d, Self: obj}, nil
		}
		return d, nil
	case *StaticMethod:
		return d.Func, nil
	case *ClassMethod:
		return &Method{Func: d.Func, Self: cls}, nil
	case *Property:
		return th.Call(d.Get, []Object{obj}, nil)
	case *Instance:
		if get := d.Class.Lookup("__get__"); get != nil {
			return th.Call(get, []Object{d, obj, cls}, nil)
		}
	}
	return attr, nil
}

// typeGetAttr looks an attribute up on a class: the metaclass's data
// descriptors, then the class's MRO, then the metaclass.
func typeGetAttr(th *Thread, t *Type, name string) (Object, error) {
	if v := t.Lookup(name); v != nil {
		switch d := v.(type) {
		case *ClassMethod:
			return &Method{Func: d.Func, Self: t}, nil
		case *StaticMethod:
			return d.Func, nil
		case *Builtin:
			if d.ClassMethod {
				return &Method{Func: d, Self: t}, nil
			}
		case *Instance:
			if get := d.Class.Lookup("__get__"); get != nil {
				return th.Call(get, []Object{d, None, t}, nil)
			}
		}
		return v, nil
	}
	if v, ok, err := specialAttr(th, t, name); ok || err != nil {
		return v, err
	}
	// Attributes of a metaclass: its methods bind to the class, its
	// properties read the class.
	if t.Meta != nil {
		if v := t.Meta.Lookup(name); v != nil {
			switch d := v.(type) {
			case *Function:
				return &Method{Func: d, Self: t}, nil
			case *ClassMethod:
				return &Method{Func: d.Func, Self: t.Meta}, nil
			case *StaticMethod:
				return d.Func, nil
			case *Property:
				if d.Get == nil || d.Get == None {
					return nil, d.missingError(th, "getter", t.Meta)
				}
				return th.Call(d.Get, []Object{t}, nil)
			}
			return v, nil
		}
	}
	return nil, nil
}

// SetAttr implements setattr(obj, name, value).
func SetAttr(th *Thread, obj Object, name string, value Object) error {
	switch o := obj.(type) {
	case *Type:
		if o.Flags&FlagHeapType == 0 {
			return th.Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, o.Name)
		}
		o.SetAttrStr(name, value)
		if name == "__name__" {
			if s, ok := value.(Str); ok {
				o.Name = string(s)
			}
		}
		return nil
	case *Exception:
		switch name {
		case "__cause__":
			if value == None {
				o.Cause = nil
			} else if e, ok := value.(*Exception); ok {
				o.Cause = e
			} else {
				return th.NewError(TypeErrorType, "exception cause must be None or derive from BaseException")
			}
			o.SuppressContext = true
			return nil
		case "__context__":
			if value == None {
				o.Context = nil
			} else if e, ok := value.(*Exception); ok {
				o.Context = e
			}
			return nil
		case "__suppress_context__":
			t, err := Truth(th, value)
			o.SuppressContext = t
			return err
		case "__traceback__":
			if value == None {
				o.Traceback = nil
			} else if tb, ok := value.(*TracebackObject); ok {
				o.Traceback = tb.TB
			}
			return nil
		case "args":
			items, err := th.iterateForUnpack(value)
			o.Args = Tuple(items)
			return err
		}
	case *Function:
		switch name {
		case "__name__":
			if s, ok := value.(Str); ok {
				o.Name = string(s)
				return nil
			}
			return th.NewError(TypeErrorType, "__name__ must be set to a string object")
		case "__qualname__":
			if s, ok := value.(Str); ok {
				o.Qualname = string(s)
				return nil
			}
			return th.NewError(TypeErrorType, "__qualname__ must be set to a string object")
		case "__doc__":
			o.Doc = value
			return nil
		case "__module__":
			o.Module = value
			return nil
		}
	}
	cls := obj.Type()
	if cls.Flags&FlagHeapType != 0 {
		if sa := cls.Lookup("__setattr__"); sa != nil && sa != objectSetattr {
			_, err := th.Call(sa, []Object{obj, Str(name), value}, nil)
			return err
		}
	}
	return genericSetAttr(th, obj, name, value)
}

// genericSetAttr is object.__setattr__.
func genericSetAttr(th *Thread, obj Object, name string, value Object) error {
	cls := obj.Type()
	if name == "__class__" {
		return setClass(th, obj, value)
	}
	if attr := cls.Lookup(name); attr != nil {
		switch d := attr.(type) {
		case *Property:
			if d.Set == nil || d.Set == None {
				return d.missingError(th, "setter", cls)
			}
			_, err := th.Call(d.Set, []Object{obj, value}, nil)
			return err
		case *Instance:
			if set := d.Class.Lookup("__set__"); set != nil {
				_, err := th.Call(set, []Object{d, obj, value}, nil)
				return err
			}
		case *SlotMember:
			_, err := d.access(th, obj, value, false)
			return err
		}
	}
	if cls == ObjectType || cls.Flags&FlagNoDict != 0 {
		// A plain object() and an instance of a class with __slots__
		// have no __dict__: only the slots' members can store.
		msg := "'%s' object has no attribute '%s'"
		if cls != ObjectType && cls.Lookup(name) != nil {
			msg = "'%s' object attribute '%s' is read-only"
		}
		return th.Errorf(AttributeErrorType, msg, cls.Name, name)
	}
	d := instanceDict(obj)
	if m, ok := obj.(DictMaker); ok && d == nil {
		d = m.MakeInstanceDict()
	}
	if d != nil {
		d.SetStr(name, value)
		return nil
	}
	if cls.Lookup(name) != nil {
		return th.Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", cls.Name, name)
	}
	return th.Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", cls.Name, name)
}

// DelAttr implements delattr(obj, name).
func DelAttr(th *Thread, obj Object, name string) error {
	if t, ok := obj.(*Type); ok && t.Flags&FlagHeapType != 0 {
		if t.Dict.DelStr(name) {
			t.invalidate()
			return nil
		}
		return th.Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", t.Name, name)
	}
	cls := obj.Type()
	if cls.Flags&FlagHeapType != 0 {
		if da := cls.Lookup("__delattr__"); da != nil && da != objectDelattr {
			_, err := th.Call(da, []Object{obj, Str(name)}, nil)
			return err
		}
	}
	switch attr := cls.Lookup(name).(type) {
	case *Property:
		if attr.Del == nil || attr.Del == None {
			return attr.missingError(th, "deleter", cls)
		}
		_, err := th.Call(attr.Del, []Object{obj}, nil)
		return err
	case *SlotMember:
		_, err := attr.access(th, obj, nil, true)
		return err
	}
	if d := instanceDict(obj); d != nil {
		if d.DelStr(name) {
			return nil
		}
	}
	return attrError(th, obj, name)
}

// loadMethod looks up obj.name for an immediate call. When the attribute
// is a plain function in the class it returns (function, obj) without
// making a bound method; otherwise (attribute, nil).
func (th *Thread) loadMethod(obj Object, name string) (Object, Object, error) {
	switch obj.(type) {
	case *Type, *Module, *Super:
	default:
		cls := obj.Type()
		if cls.Flags&FlagHeapType != 0 {
			if ga := cls.Lookup("__getattribute__"); ga != nil && ga != Object(objectGetattribute) {
				break // the class's own __getattribute__ sees method lookups too
			}
		}
		attr := cls.Lookup(name)
		switch a := attr.(type) {
		case *Function:
			if d := instanceDict(obj); d != nil {
				if v := d.GetStr(name); v != nil {
					return v, nil, nil
				}
			}
			return a, obj, nil
		case *Builtin:
			if a.Method && !a.ClassMethod {
				if d := instanceDict(obj); d != nil {
					if v := d.GetStr(name); v != nil {
						return v, nil, nil
					}
				}
				return a, obj, nil
			}
		}
	}
	v, err := GetAttr(th, obj, name)
	return v, nil, err
}

// HasAttr reports whether getattr(obj, name) succeeds.
func HasAttr(th *Thread, obj Object, name string) (bool, error) {
	v, err := GetAttrOpt(th, obj, name)
	return v != nil, err
}

// hasAttr reports whether obj has the attribute name (errors count as no).
func hasAttr(th *Thread, obj Object, name string) bool {
	v, err := GetAttrOpt(th, obj, name)
	return err == nil && v != nil
}

// setClass is assignment to obj.__class__ (object's __class__ data
// descriptor), allowed between classes of class statements whose
// instances have the same layout.
func setClass(th *Thread, obj, value Object) error {
	to, ok := value.(*Type)
	if !ok {
		return th.Errorf(TypeErrorType, "__class__ must be set to a class, not '%s' object", value.Type().Name)
	}
	o, isInst := obj.(*Instance)
	from := obj.Type()
	if !isInst || from.Flags&FlagHeapType == 0 || to.Flags&FlagHeapType == 0 {
		return th.NewError(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if to.layout != from.layout || to.Flags&(FlagNoDict|FlagException) != from.Flags&(FlagNoDict|FlagException) || !sameSlots(to.slots, from.slots) || !slices.Equal(to.slotNames, from.slotNames) {
		return th.Errorf(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", to.Name, from.Name)
	}
	o.Class = to
	return nil
}

// sameSlots reports whether two classes declare the same __slots__.
func sameSlots(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}
