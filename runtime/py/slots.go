package py

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

// access reads the slot of obj (v nil, del false), stores v there or
// empties it (del). It returns the slot's previous value, nil when
// unset (reading: the caller raises AttributeError, or asks
// __getattr__); emptying an unset slot is an AttributeError.
func (m *SlotMember) access(th *Thread, obj, v Object, del bool) (Object, error) {
	o, ok := obj.(*Instance)
	if !ok || !o.Class.IsSubtype(m.Owner) {
		return nil, th.Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, m.Owner.Name, obj.Type().Name)
	}
	// The instance's class is Owner or a subclass: its layout extends
	// Owner's.
	p := &o.slotValues()[m.Index]
	old := *p
	if del && old == nil {
		return nil, th.NewError(AttributeErrorType, m.Name)
	}
	if v != nil || del {
		*p = v
	}
	return old, nil
}

func init() {
	MemberDescriptorType.New = nil
	conv := func(o Object) (*SlotMember, bool) { m, ok := o.(*SlotMember); return m, ok }
	attach(MemberDescriptorType, conv, map[string]selfFn[*SlotMember]{
		"__get__": func(th *Thread, m *SlotMember, a []Object, kw []string) (Object, error) {
			if len(a) != 2 {
				if err := slotArgs(th, "__get__", a, kw, 1); err != nil {
					return nil, err
				}
			}
			if a[0] == None {
				return m, nil
			}
			v, err := m.access(th, a[0], nil, false)
			if v == nil && err == nil {
				err = attrError(th, a[0], m.Name)
			}
			return v, err
		},
		"__set__": func(th *Thread, m *SlotMember, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__set__", a, kw, 2); err != nil {
				return nil, err
			}
			_, err := m.access(th, a[0], a[1], false)
			return None, err
		},
		"__delete__": func(th *Thread, m *SlotMember, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__delete__", a, kw, 1); err != nil {
				return nil, err
			}
			_, err := m.access(th, a[0], nil, true)
			return None, err
		},
	})
}

// layoutSlots gives a class whose instances are *Instance the slot layout
// of its bases plus its own slot names (own, already checked against the
// namespace), and a member descriptor in ns for each of its own.
func (th *Thread) layoutSlots(t *Type, ns *Dict, own []string) error {
	for _, b := range t.Bases {
		sb := b.slotBase
		if sb == nil || t.slotBase != nil && t.slotBase.IsSubtype(sb) {
			continue
		}
		if t.slotBase != nil && !sb.IsSubtype(t.slotBase) {
			return th.NewError(TypeErrorType, "multiple bases have instance lay-out conflict")
		}
		t.slotBase = sb
	}
	if t.slotBase != nil {
		t.slotNames = t.slotBase.slotNames
	}
	if len(own) == 0 {
		return nil
	}
	sortStrings(own)
	names := append([]string(nil), t.slotNames...)
	for i, name := range own {
		if i == 0 || name != own[i-1] {
			ns.SetStr(name, &SlotMember{Name: name, Index: len(names), Owner: t})
			names = append(names, name)
		}
	}
	t.slotNames, t.slotBase = names, t
	return nil
}
