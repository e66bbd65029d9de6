package py

import (
	"slices"
	"testing"
)

// TestSlotLayout checks the representation of __slots__ (slots.go): the
// layout of a class and its subclasses, member descriptors in the class
// namespace, and instances whose values live in Instance.slots, without
// a dict unless a class in the chain lacks __slots__. (The behaviour
// against CPython's is testdata/cases/lang_slots_members.)
func TestSlotLayout(t *testing.T) {
	th := NewThread()
	class := func(name string, bases []*Type, slots ...string) *Type {
		t.Helper()
		ns := NewDict()
		if slots != nil {
			items := make(Tuple, len(slots))
			for i, s := range slots {
				items[i] = Str(s)
			}
			ns.SetStr("__slots__", items)
		}
		c, err := th.NewClass(name, bases, ns)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	vec := class("Vec", nil, "y", "x", "__w")
	if want := []string{"_Vec__w", "x", "y"}; !slices.Equal(vec.slotNames, want) {
		t.Errorf("Vec layout %v, want %v", vec.slotNames, want)
	}
	m, ok := vec.Dict.GetStr("x").(*SlotMember)
	if !ok || m.Index != 1 || m.Owner != vec {
		t.Fatalf("Vec.x = %#v", vec.Dict.GetStr("x"))
	}
	v := newInstance(vec)
	if v.Dict != nil || len(v.slotValues()) != 3 {
		t.Errorf("Vec instance: dict %v, %d slots", v.Dict, len(v.slotValues()))
	}
	if err := SetAttr(th, v, "x", Int(4)); err != nil {
		t.Fatal(err)
	}
	if got, err := GetAttr(th, v, "x"); err != nil || got != Int(4) || v.slotValues()[1] != Int(4) {
		t.Errorf("v.x = %v, %v; slots %v", got, err, v.slotValues())
	}
	if err := SetAttr(th, v, "z", Int(1)); err == nil {
		t.Error("v.z = 1 succeeded")
	}

	// A subclass adds its slots after the base's; one without __slots__
	// gets a dict as well.
	sub := class("Sub", []*Type{vec}, "a")
	if want := []string{"_Vec__w", "x", "y", "a"}; !slices.Equal(sub.slotNames, want) || sub.slotBase != sub {
		t.Errorf("Sub layout %v", sub.slotNames)
	}
	plain := class("Plain", []*Type{sub})
	if plain.slotBase != sub || plain.Flags&FlagNoDict != 0 {
		t.Errorf("Plain: slot base %v, flags %x", plain.slotBase, plain.Flags)
	}
	p := newInstance(plain)
	if p.Dict == nil || len(p.slotValues()) != 4 {
		t.Errorf("Plain instance: dict %v, %d slots", p.Dict, len(p.slotValues()))
	}
	if err := SetAttr(th, p, "x", Int(2)); err != nil {
		t.Fatal(err)
	}
	if err := SetAttr(th, p, "other", Int(3)); err != nil {
		t.Fatal(err)
	}
	if p.slotValues()[1] != Int(2) || p.Dict.GetStr("other") != Int(3) || p.Dict.GetStr("x") != nil {
		t.Errorf("Plain instance: slots %v, dict %v", p.slotValues(), p.Dict.Items())
	}

	// Unrelated bases that both add slots cannot be combined.
	other := class("Other", nil, "b")
	if _, err := th.NewClass("Both", []*Type{vec, other}, NewDict()); err == nil {
		t.Error("class Both(Vec, Other) succeeded")
	}
}
