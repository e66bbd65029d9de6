package py

import (
	"slices"
	"sync/atomic"
	"unsafe"
)

// Object is any Python value. Type returns its class.
type Object interface {
	Type() *Type
}

// Type flags.
const (
	// FlagBaseType: the class may be subclassed.
	FlagBaseType uint32 = 1 << iota
	// FlagHeapType: a class created by a class statement (mutable).
	FlagHeapType
	// FlagException: BaseException or a subclass; instances are *Exception.
	FlagException
	// FlagAbstract: instances cannot be created directly from Python.
	FlagAbstract
	// FlagNoDict: a class whose __slots__ (and its bases') leave its
	// instances without a __dict__; only slot names can be set.
	FlagNoDict
)

// NewFunc creates an instance of cls (the __new__ step of a call to a
// class). Builtin types provide one; user classes inherit their nearest
// builtin base's.
type NewFunc func(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error)

// Type is a Python class: a builtin type or one made by a class statement.
type Type struct {
	Name     string
	Qualname string
	Module   string
	Bases    []*Type
	MRO      []*Type
	Dict     *Dict
	Flags    uint32
	// New creates instances; nil for types that cannot be instantiated.
	New NewFunc
	// layout is the nearest builtin ancestor (itself for builtin types);
	// it decides the Go representation of instances.
	layout *Type
	// lookupCache memoises MRO lookups of attribute names; it is cleared
	// whenever this class or one of its bases is modified.
	lookupCache map[string]Object
	subclasses  []*Type
	// Meta is the class's metaclass when it is not type.
	Meta *Type
	// slots are the names declared in __slots__ by the class and its
	// bases.
	slots map[string]bool
	// slotNames is the layout of Instance.vals for classes whose
	// instances are *Instance: the slot members of the bases, then the
	// class's own (sorted, as CPython orders them). slotBase is the
	// class that last added to it (nil when empty).
	slotNames []string
	slotBase  *Type
	// version changes whenever the class or one of its bases is
	// modified: the eval loop's inline caches depend on it.
	version uint64
	// callMemo caches what calling the class looks up (see callType);
	// sharedCallMemo does for builtin types, which every session shares:
	// it is stored atomically, and holds for the version it was made at.
	callMemo       *callMemo
	sharedCallMemo atomic.Pointer[callMemo]
	// instAttrs is the most attributes an instance has been seen to
	// get through the eval loop's attribute stores: new instances' dicts
	// start with that room.
	instAttrs int
}

// Type returns the class's metaclass: type, unless the class statement
// chose another.
func (t *Type) Type() *Type {
	if t.Meta != nil {
		return t.Meta
	}
	return TypeType
}

// IsSubtype reports whether t is sub (or a subclass of it).
func (t *Type) IsSubtype(sub *Type) bool {
	if t == sub {
		return true
	}
	for _, m := range t.MRO {
		if m == sub {
			return true
		}
	}
	return false
}

// Lookup finds name in the class's MRO dictionaries, or returns nil.
func (t *Type) Lookup(name string) Object {
	if t.lookupCache != nil {
		if v, ok := t.lookupCache[name]; ok {
			return v
		}
	}
	var found Object
	for _, m := range t.MRO {
		if v := m.Dict.GetStr(name); v != nil {
			found = v
			break
		}
	}
	// Only classes made by class statements cache: builtin types are
	// shared by every session and must stay immutable.
	if t.Flags&FlagHeapType != 0 {
		if t.lookupCache == nil {
			t.lookupCache = make(map[string]Object)
		}
		t.lookupCache[name] = found
	}
	return found
}

// invalidate drops the lookup caches of t and every subclass, after a
// change to t's dictionary.
func (t *Type) invalidate() {
	t.lookupCache = nil
	t.version++
	t.callMemo = nil
	for _, s := range t.subclasses {
		s.invalidate()
	}
}

// addSubclass records sub as a subclass of t, for invalidate and
// __subclasses__. Only classes made by class statements change after
// creation; builtin types are shared by every session, and a list on them
// growing with each session's classes would keep those alive forever.
func (t *Type) addSubclass(sub *Type) {
	if t.Flags&FlagHeapType != 0 || !sessionsStarted.Load() {
		// A class statement's class, or the builtin hierarchy being
		// built at start-up (int's bool, Exception's subclasses).
		t.subclasses = append(t.subclasses, sub)
	}
}

// sessionsStarted is set by the first NewThread: from then on, builtin
// types no longer record their subclasses (see addSubclass).
var sessionsStarted atomic.Bool

// SetAttrStr sets a class attribute and keeps the lookup caches right.
func (t *Type) SetAttrStr(name string, v Object) {
	t.Dict.SetStr(name, v)
	t.invalidate()
}

// newBuiltinType makes a builtin type with the given bases (object when
// none) and an empty dictionary; methods are added by the type's init code.
func newBuiltinType(name string, base *Type, flags uint32) *Type {
	t := &Type{Name: name, Qualname: name, Module: "builtins", Dict: NewDict(), Flags: flags}
	if base != nil {
		t.Bases = []*Type{base}
		t.MRO = append([]*Type{t}, base.MRO...)
		t.New = base.New
		base.addSubclass(t)
	} else {
		t.MRO = []*Type{t}
	}
	t.layout = t
	return t
}

// computeMRO is the C3 linearisation of a class with the given bases.
func computeMRO(t *Type, bases []*Type) ([]*Type, bool) {
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	out := []*Type{t}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
				break
			}
		}
		if empty {
			return out, true
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
						break
					}
				}
				if inTail {
					break
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			// Report the heads that could not be merged, in order
			// and without repeats, as CPython's set_mro_error does.
			var heads []*Type
			for _, s := range seqs {
				if len(s) > 0 && !slices.Contains(heads, s[0]) {
					heads = append(heads, s[0])
				}
			}
			return heads, false
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// Instance is an instance of a user class whose builtin layout is object.
type Instance struct {
	Class *Type
	Dict  *Dict
	// vals points to the values of the __slots__ members of the class
	// and its bases (see SlotMember), len(Class.slotNames) of them, by
	// index; nil when unset (see slotValues). A pointer rather than a
	// slice keeps instances small: __class__ assignment keeps the
	// layout. Instances of classes whose slots leave them without
	// __dict__ have a nil Dict.
	vals *Object
	id   uint64
}

// slotValues returns the values of the instance's __slots__ members.
func (o *Instance) slotValues() []Object {
	if o.vals == nil {
		return nil
	}
	return unsafe.Slice(o.vals, len(o.Class.slotNames))
}

// IDSlot implements IDHolder.
func (o *Instance) IDSlot() *uint64 { return &o.id }

// Type returns the instance's class.
func (o *Instance) Type() *Type { return o.Class }

// NoneType is the type of None.
type NoneType struct{}

// Type returns NoneType.
func (*NoneType) Type() *Type { return NoneTypeType }

// None is Python's None.
var None = &NoneType{}

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{}

// Type returns NotImplementedType.
func (*NotImplementedType) Type() *Type { return NotImplementedTypeType }

// NotImplemented is the value binary dunder methods return to defer.
var NotImplemented = &NotImplementedType{}

// EllipsisType is the type of Ellipsis (...).
type EllipsisType struct{}

// Type returns ellipsis.
func (*EllipsisType) Type() *Type { return EllipsisTypeType }

// Ellipsis is Python's ... value.
var Ellipsis = &EllipsisType{}

// Bool is a Python bool.
type Bool bool

// Type returns bool.
func (Bool) Type() *Type { return BoolType }

// The two bools.
const (
	True  = Bool(true)
	False = Bool(false)
)

// NewBuiltinClass makes a class implemented in Go by a module (asyncio's
// Future, Task...): it is not a heap type, its instances are whatever its
// New function makes, and Python subclasses of it inherit that New.
func NewBuiltinClass(name, module string, base *Type, flags uint32) *Type {
	if base == nil {
		base = ObjectType
	}
	t := newBuiltinType(name, base, flags|FlagBaseType)
	t.Module = module
	t.New = base.New
	return t
}
