package py

import (
	"github.com/aioplay/aioplay/runtime/compile"
)

// Set is a Python set or frozenset.
//
// Iteration order is part of what scripts print. CPython orders a set by
// hash-table slot: for ints (whose hash is their value) that order is
// reproducible, so a set holding only ints iterates in the order CPython's
// table would give (simulated by inserting the elements, in insertion
// order, into a table grown the way CPython grows it). For anything else
// CPython's order depends on memory addresses or on hash randomisation;
// there we iterate in insertion order, which is deterministic and is what
// the tutorial's readers expect.
type Set struct {
	d      *Dict
	Frozen bool
	// nonInt counts elements whose hash is not an int's value; when zero
	// the CPython table order is simulated.
	nonInt int
	// cache of the simulated order, valid while cacheVersion matches.
	order        []Object
	cacheVersion uint64
	cacheValid   bool
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{d: NewDict()} }

// Type returns set or frozenset.
func (s *Set) Type() *Type {
	if s.Frozen {
		return FrozenSetType
	}
	return SetType
}

// Len returns the number of elements.
func (s *Set) Len() int { return s.d.Len() }

func isIntKey(o Object) bool {
	switch o.(type) {
	case Int, Bool, *BigInt:
		return true
	}
	return false
}

// Add adds an element.
func (s *Set) Add(th *Thread, v Object) error {
	n := s.d.Len()
	if err := s.d.SetItem(th, v, None); err != nil {
		return err
	}
	if s.d.Len() != n && !isIntKey(v) {
		s.nonInt++
	}
	return nil
}

// Discard removes v if present and reports whether it was.
func (s *Set) Discard(th *Thread, v Object) (bool, error) {
	// Find the stored key to know whether it was an int.
	ok, err := s.d.DelItem(th, v)
	if ok && !isIntKey(v) {
		s.nonInt--
	}
	return ok, err
}

// Contains reports whether v is an element.
func (s *Set) Contains(th *Thread, v Object) (bool, error) {
	r, err := s.d.GetItem(th, v)
	return r != nil, err
}

// Update adds every element of an iterable.
func (s *Set) Update(th *Thread, it Object) error {
	if o, ok := it.(*Set); ok {
		for _, v := range o.Items() {
			if err := s.Add(th, v); err != nil {
				return err
			}
		}
		return nil
	}
	return th.iterate(it, func(v Object) error { return s.Add(th, v) })
}

func (s *Set) replaceWith(o *Set) {
	s.d = o.d
	s.nonInt = o.nonInt
	s.cacheValid = false
}

// Items returns the elements in iteration order.
func (s *Set) Items() []Object {
	keys := s.d.Keys()
	if s.nonInt > 0 || len(keys) < 2 {
		return keys
	}
	if s.cacheValid && s.cacheVersion == s.d.version {
		return s.order
	}
	s.order = cpythonSetOrder(keys)
	s.cacheVersion = s.d.version
	s.cacheValid = true
	return s.order
}

// cpythonSetOrder returns int elements in the slot order of CPython's set
// table after inserting them in the given order (setobject.c: linear
// probing of 9 slots, then perturbation; resize when fill*5 >= mask*3).
func cpythonSetOrder(keys []Object) []Object {
	const linearProbes = 9
	type slot struct {
		key  Object
		hash uint64
		used bool
	}
	table := make([]slot, 8)
	fill := 0
	insertClean := func(t []slot, key Object, h uint64) {
		mask := uint64(len(t) - 1)
		perturb := h
		i := h & mask
		for {
			if !t[i].used {
				t[i] = slot{key, h, true}
				return
			}
			if i+linearProbes <= mask {
				for j := uint64(1); j <= linearProbes; j++ {
					if !t[i+j].used {
						t[i+j] = slot{key, h, true}
						return
					}
				}
			}
			perturb >>= 5
			i = (i*5 + 1 + perturb) & mask
		}
	}
	for _, k := range keys {
		h := uint64(intHash(asIntLike(k)))
		insertClean(table, k, h)
		fill++
		mask := len(table) - 1
		if fill*5 >= mask*3 {
			minused := fill * 4
			if fill > 50000 {
				minused = fill * 2
			}
			size := 8
			for size <= minused {
				size <<= 1
			}
			nt := make([]slot, size)
			for _, e := range table {
				if e.used {
					insertClean(nt, e.key, e.hash)
				}
			}
			table = nt
		}
	}
	out := make([]Object, 0, len(keys))
	for _, e := range table {
		if e.used {
			out = append(out, e.key)
		}
	}
	return out
}

// Copy returns a shallow copy (of the same frozenness unless given).
func (s *Set) Copy(frozen bool) *Set {
	n := &Set{d: NewDict(), Frozen: frozen}
	for _, v := range s.Items() {
		_ = n.Add(nil, v)
	}
	return n
}

// setFromIterable builds a set from any iterable.
func setFromIterable(th *Thread, it Object, frozen bool) (*Set, error) {
	s := NewSet()
	s.Frozen = frozen
	if err := s.Update(th, it); err != nil {
		return nil, err
	}
	return s, nil
}

func setBinary(th *Thread, op compile.BinOp, a, b *Set) (Object, error) {
	out := &Set{d: NewDict(), Frozen: a.Frozen}
	switch op {
	case compile.OpOr:
		for _, v := range a.Items() {
			_ = out.Add(th, v)
		}
		for _, v := range b.Items() {
			if err := out.Add(th, v); err != nil {
				return nil, err
			}
		}
	case compile.OpAnd:
		// CPython iterates the smaller set.
		small, big := a, b
		if b.Len() < a.Len() {
			small, big = b, a
		}
		for _, v := range small.Items() {
			ok, err := big.Contains(th, v)
			if err != nil {
				return nil, err
			}
			if ok {
				_ = out.Add(th, v)
			}
		}
	case compile.OpSub:
		for _, v := range a.Items() {
			ok, err := b.Contains(th, v)
			if err != nil {
				return nil, err
			}
			if !ok {
				_ = out.Add(th, v)
			}
		}
	case compile.OpXor:
		for _, v := range a.Items() {
			ok, err := b.Contains(th, v)
			if err != nil {
				return nil, err
			}
			if !ok {
				_ = out.Add(th, v)
			}
		}
		for _, v := range b.Items() {
			ok, err := a.Contains(th, v)
			if err != nil {
				return nil, err
			}
			if !ok {
				_ = out.Add(th, v)
			}
		}
	default:
		return nil, nil
	}
	return out, nil
}

func (s *Set) isSubset(th *Thread, o *Set) (bool, error) {
	if s.Len() > o.Len() {
		return false, nil
	}
	for _, v := range s.Items() {
		ok, err := o.Contains(th, v)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

func setCompare(th *Thread, op compile.CmpOp, a, b *Set) (Object, error) {
	switch op {
	case compile.CmpEq, compile.CmpNe:
		eq := a.Len() == b.Len()
		if eq {
			var err error
			eq, err = a.isSubset(th, b)
			if err != nil {
				return nil, err
			}
		}
		return Bool(eq == (op == compile.CmpEq)), nil
	case compile.CmpLe:
		r, err := a.isSubset(th, b)
		return Bool(r), err
	case compile.CmpLt:
		r, err := a.isSubset(th, b)
		return Bool(r && a.Len() < b.Len()), err
	case compile.CmpGe:
		r, err := b.isSubset(th, a)
		return Bool(r), err
	}
	r, err := b.isSubset(th, a)
	return Bool(r && a.Len() > b.Len()), err
}

func frozensetHash(th *Thread, s *Set) (int64, error) {
	var h uint64
	for _, v := range s.d.Keys() {
		x, err := Hash(th, v)
		if err != nil {
			return 0, err
		}
		u := uint64(x)
		h ^= ((u ^ 89869747) ^ (u << 16)) * 3644798167
	}
	h ^= (uint64(s.Len()) + 1) * 1927868237
	h = h*69069 + 907133923
	return int64(h), nil
}
