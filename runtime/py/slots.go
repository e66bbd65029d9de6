package py

import (
	"slices"
	"strings"
)

// __slots__: a class statement's class whose instances are *Instance
// gives each name of its __slots__ a member descriptor (SlotMember) in
// its namespace, as CPython does; the values live in Instance.slots at the
// member's index, the layout being the bases' slots followed by the
// class's own (Type.slotNames). Instances of a class whose slots leave it
// without __dict__ have no attribute dict at all.

// SlotMember is the member descriptor of a __slots__ name
// (<member 'x' of 'C' objects>), a data descriptor.
type SlotMember struct {
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
	if m.Index < len(o.slots) {
		return o.slots[m.Index], nil
	}
	return nil, nil
}

// set stores v (nil: deletes) in the slot of obj.
func (m *SlotMember) set(th *Thread, obj, v Object) error {
	o, err := m.instance(th, obj)
	if err != nil {
		return err
	}
	if m.Index >= len(o.slots) {
		if v == nil {
			return nil
		}
		o.slots = append(o.slots, make([]Object, m.Index+1-len(o.slots))...)
	}
	o.slots[m.Index] = v
	return nil
}

// delete empties the slot of obj, which must be set.
func (m *SlotMember) delete(th *Thread, obj Object) error {
	v, err := m.get(th, obj)
	if err != nil {
		return err
	}
	if v == nil {
		e := th.Errorf(AttributeErrorType, "%s", m.Name)
		return e
	}
	return m.set(th, obj, nil)
}

func init() {
	MemberDescriptorType.New = nil
	// The methods take the member and 1 to 3 more arguments.
	def := func(name string, lo, hi int, fn func(th *Thread, m *SlotMember, a []Object) (Object, error)) {
		method(MemberDescriptorType, name, func(th *Thread, args []Object, kw []string) (Object, error) {
			m, ok := firstArg(args).(*SlotMember)
			if !ok {
				return nil, th.Errorf(TypeErrorType, "descriptor '%s' requires a 'member_descriptor' object", name)
			}
			if n := len(args) - 1; n < lo || n > hi || len(kw) > 0 {
				return nil, th.Errorf(TypeErrorType, "expected %d argument%s, got %d", lo, pluralS(lo), n)
			}
			return fn(th, m, args[1:])
		})
	}
	def("__get__", 1, 2, func(th *Thread, m *SlotMember, a []Object) (Object, error) {
		if a[0] == None {
			return m, nil
		}
		v, err := m.get(th, a[0])
		if v == nil && err == nil {
			err = attrError(th, a[0], m.Name)
		}
		return v, err
	})
	def("__set__", 2, 2, func(th *Thread, m *SlotMember, a []Object) (Object, error) {
		return None, m.set(th, a[0], a[1])
	})
	def("__delete__", 1, 1, func(th *Thread, m *SlotMember, a []Object) (Object, error) {
		return None, m.delete(th, a[0])
	})
	def("__repr__", 0, 0, func(th *Thread, m *SlotMember, a []Object) (Object, error) {
		return Str("<member '" + m.Name + "' of '" + m.Owner.Name + "' objects>"), nil
	})
}

// mangleSlot returns a __slots__ name as class cls's private names are
// spelt (__x in class C is _C__x).
func mangleSlot(cls, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") {
		return name
	}
	stripped := strings.TrimLeft(cls, "_")
	if stripped == "" {
		return name
	}
	return "_" + stripped + name
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
