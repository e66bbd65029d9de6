package py

import "slices"

// __slots__: a class statement's class whose instances are *Instance
// gives each name of its __slots__ a member descriptor (SlotMember) in
// its namespace, as CPython does; the values live in Instance.vals at the
// member's index, the layout being the bases' slots followed by the
// class's own (Type.slotNames). Instances of a class whose slots leave it
// without __dict__ have no attribute dict at all.

// SlotMember is the member descriptor of a __slots__ name
// (<member 'x' of 'C' objects>), a data descriptor.
type SlotMember struct {
	_     [0]func() // not comparable: no equality function to generate
	Name  string
	Index int
	// Owner is the class whose __slots__ declared it; it applies to
	// instances of Owner and of its subclasses.
	Owner *Type
}

// MemberDescriptorType is the type of SlotMember.
var MemberDescriptorType = newBuiltinType("member_descriptor", ObjectType, 0)

// Type returns member_descriptor.
func (*SlotMember) Type() *Type { return MemberDescriptorType }

// instance returns obj as an instance the member applies to, or the
// TypeError CPython raises for any other object.
func (m *SlotMember) instance(th *Thread, obj Object) (*Instance, error) {
	if o, ok := obj.(*Instance); ok && o.Class.IsSubtype(m.Owner) {
		return o, nil
	}
	return nil, th.Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, m.Owner.Name, obj.Type().Name)
}

// get reads the slot of obj; (nil, nil) when it is unset (the caller
// raises AttributeError, or asks __getattr__).
func (m *SlotMember) get(th *Thread, obj Object) (Object, error) {
	o, err := m.instance(th, obj)
	if err != nil {
		return nil, err
	}
	if vs := o.slotValues(); m.Index < len(vs) {
		return vs[m.Index], nil
	}
	return nil, nil
}

// set stores v (nil: deletes) in the slot of obj.
func (m *SlotMember) set(th *Thread, obj, v Object) error {
	o, err := m.instance(th, obj)
	if err != nil {
		return err
	}
	// The instance's class is Owner or a subclass: its layout extends
	// Owner's.
	o.slotValues()[m.Index] = v
	return nil
}

// delete empties the slot of obj, which must be set.
func (m *SlotMember) delete(th *Thread, obj Object) error {
	v, err := m.get(th, obj)
	if err != nil {
		return err
	}
	if v == nil {
		return th.NewError(AttributeErrorType, m.Name)
	}
	return m.set(th, obj, nil)
}

func init() {
	MemberDescriptorType.New = nil
	conv := func(o Object) (*SlotMember, bool) { m, ok := o.(*SlotMember); return m, ok }
	attach(MemberDescriptorType, conv, map[string]selfFn[*SlotMember]{
		"__get__": func(th *Thread, m *SlotMember, a []Object, kw []string) (Object, error) {
			if len(a) == 0 || len(a) > 2 {
				return nil, th.Errorf(TypeErrorType, "expected 1 or 2 arguments, got %d", len(a))
			}
			if a[0] == None {
				return m, nil
			}
			v, err := m.get(th, a[0])
			if v == nil && err == nil {
				err = attrError(th, a[0], m.Name)
			}
			return v, err
		},
		"__set__": func(th *Thread, m *SlotMember, a []Object, kw []string) (Object, error) {
			if len(a) != 2 {
				return nil, th.Errorf(TypeErrorType, "expected 2 arguments, got %d", len(a))
			}
			return None, m.set(th, a[0], a[1])
		},
		"__delete__": func(th *Thread, m *SlotMember, a []Object, kw []string) (Object, error) {
			if len(a) != 1 {
				return nil, th.Errorf(TypeErrorType, "expected 1 argument, got %d", len(a))
			}
			return None, m.delete(th, a[0])
		},
		"__repr__": func(th *Thread, m *SlotMember, a []Object, kw []string) (Object, error) {
			return Str("<member '" + m.Name + "' of '" + m.Owner.Name + "' objects>"), nil
		},
	})
}

// layoutSlots gives a class whose instances are *Instance the slot layout
// of its bases plus its own slot names (own, already checked against the
// namespace), and a member descriptor in ns for each of its own.
func (th *Thread) layoutSlots(t *Type, ns *Dict, own []string) error {
	var base *Type
	for _, b := range t.Bases {
		sb := b.slotBase
		switch {
		case sb == nil:
		case base == nil || sb.IsSubtype(base):
			base = sb
		case base.IsSubtype(sb):
		default:
			return th.NewError(TypeErrorType, "multiple bases have instance lay-out conflict")
		}
	}
	t.slotBase = base
	if base != nil {
		t.slotNames = base.slotNames
	}
	if len(own) == 0 {
		return nil
	}
	own = append([]string(nil), own...)
	sortStrings(own)
	n := 0
	for i, name := range own {
		if i == 0 || name != own[n-1] {
			own[n] = name
			n++
		}
	}
	own = own[:n]
	t.slotNames = append(slices.Clip(t.slotNames), own...)
	t.slotBase = t
	first := len(t.slotNames) - len(own)
	for i, name := range own {
		ns.SetStr(name, &SlotMember{Name: name, Index: first + i, Owner: t})
	}
	return nil
}
