package py

import (
	"math"

	"github.com/aioplay/aioplay/runtime/compile"
)

// Set is a Python set or frozenset.
//
// Iteration order is part of what scripts print. CPython orders a set by
// hash-table slot: for ints (whose hash is their value) that order is
// reproducible, so while a set holds only ints it keeps a shadow of
// CPython's table (intTable: same probing, same dummies, same resizes) and
// iterates in its slot order. For anything else CPython's order depends on
// memory addresses or on hash randomisation; there we iterate in insertion
// order, which is deterministic and what the tutorial's readers expect.
type Set struct {
	d      *Dict
	Frozen bool
	// nonInt counts non-int elements ever added; once it is non-zero the
	// shadow table is dropped for good.
	nonInt int
	sim    *intTable
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{d: NewDict(), sim: newIntTable()} }

// Type returns set or frozenset.
func (s *Set) Type() *Type {
	if s.Frozen {
		return FrozenSetType
	}
	return SetType
}

// Len returns the number of elements.
func (s *Set) Len() int { return s.d.Len() }

// isIntKey reports whether o's hash is reproducible and known here, so
// that the shadow table can place it: ints, bools and floats (not NaNs,
// whose hash in 3.11 is their address).
func isIntKey(o Object) bool {
	switch v := o.(type) {
	case Int, Bool, *BigInt:
		return true
	case Float:
		return !math.IsNaN(float64(v))
	case Tuple:
		// Tuples of such keys: (x, y) coordinates are common set
		// elements, and a tuple's hash derives from its items'.
		for _, x := range v {
			if !isIntKey(x) {
				return false
			}
		}
		return true
	}
	return false
}

// simEqual is == between two keys of the shadow table.
func simEqual(a, b Object) bool {
	ta, aTuple := a.(Tuple)
	tb, bTuple := b.(Tuple)
	if aTuple || bTuple {
		if !aTuple || !bTuple || len(ta) != len(tb) {
			return false
		}
		for i := range ta {
			if !simEqual(ta[i], tb[i]) {
				return false
			}
		}
		return true
	}
	fa, aFloat := a.(Float)
	fb, bFloat := b.(Float)
	switch {
	case !aFloat && !bFloat:
		return intCmp(asIntLike(a), asIntLike(b)) == 0
	case aFloat && bFloat:
		return fa == fb
	case aFloat:
		return floatIntCmp(compile.CmpEq, float64(fa), asIntLike(b))
	}
	return floatIntCmp(compile.CmpEq, float64(fb), asIntLike(a))
}

// Add adds an element.
func (s *Set) Add(th *Thread, v Object) error {
	n := s.d.Len()
	if err := s.d.SetItem(th, v, None); err != nil {
		return err
	}
	if s.d.Len() != n {
		s.noteAdded(v)
	}
	return nil
}

func (s *Set) noteAdded(v Object) {
	if !isIntKey(v) {
		s.nonInt++
		s.sim = nil
		return
	}
	if s.sim != nil {
		s.sim.add(v)
	}
}

// Discard removes v if present and reports whether it was.
func (s *Set) Discard(th *Thread, v Object) (bool, error) {
	ok, err := s.d.DelItem(th, v)
	if ok && s.sim != nil {
		s.sim.discard(v)
	}
	return ok, err
}

// Contains reports whether v is an element.
func (s *Set) Contains(th *Thread, v Object) (bool, error) {
	r, err := s.d.GetItem(th, v)
	return r != nil, err
}

// Update adds every element of an iterable. From another set it mirrors
// CPython's set_merge, which decides the resulting slot order.
func (s *Set) Update(th *Thread, it Object) error {
	if o, ok := it.(*Set); ok {
		if s.sim != nil && o.sim != nil {
			for _, v := range o.Items() {
				if err := s.d.SetItem(th, v, None); err != nil {
					return err
				}
			}
			s.sim.merge(o.sim)
			return nil
		}
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
	s.sim = o.sim
}

// Items returns the elements in iteration order.
func (s *Set) Items() []Object {
	if s.sim != nil && s.d.Len() > 1 {
		return s.sim.items()
	}
	return s.d.Keys()
}

// Copy returns a shallow copy (set_copy: a fresh set merged from s).
func (s *Set) Copy(frozen bool) *Set {
	n := &Set{d: s.d.Copy(), Frozen: frozen, nonInt: s.nonInt}
	if s.sim != nil {
		n.sim = newIntTable()
		n.sim.merge(s.sim)
	}
	return n
}

// intTable shadows CPython's set table for a set of ints (setobject.c):
// open addressing with 9 linear probes then perturbation, dummies left by
// deletions, growth when fill*5 >= mask*3.
type intTable struct {
	slots []simSlot
	fill  int // live + dummy slots
	used  int // live slots
}

type simSlot struct {
	key   Object
	hash  uint64
	state uint8 // 0 empty, 1 live, 2 dummy
}

const setLinearProbes = 9

func newIntTable() *intTable { return &intTable{slots: make([]simSlot, 8)} }

func simHash(k Object) uint64 {
	switch v := k.(type) {
	case Float:
		return uint64(floatHash(float64(v)))
	case Tuple:
		// tupleHash over keys whose hashes need no Python code.
		const (
			prime1 = 11400714785074694791
			prime2 = 14029467366897019727
			prime5 = 2870177450012600261
		)
		acc := uint64(prime5)
		for _, item := range v {
			acc += simHash(item) * prime2
			acc = acc<<31 | acc>>33
			acc *= prime1
		}
		acc += uint64(len(v)) ^ (prime5 ^ 3527539)
		if acc == math.MaxUint64 {
			return 1546275796
		}
		return acc
	}
	return uint64(intHash(asIntLike(k)))
}

// add inserts a key known not to be present (set_add_entry).
func (t *intTable) add(k Object) {
	h := simHash(k)
	mask := uint64(len(t.slots) - 1)
	i := h & mask
	perturb := h
	free := -1
	for {
		probes := uint64(0)
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := uint64(0); j <= probes; j++ {
			e := &t.slots[i+j]
			if e.state == 0 {
				if free >= 0 {
					t.slots[free] = simSlot{k, h, 1}
					t.used++
					return
				}
				*e = simSlot{k, h, 1}
				t.fill++
				t.used++
				if t.fill*5 >= int(mask)*3 {
					minused := t.used * 4
					if t.used > 50000 {
						minused = t.used * 2
					}
					t.resize(minused)
				}
				return
			}
			// Measured on CPython 3.11: the last dummy seen on the
			// probe path is the one reused.
			if e.state == 2 {
				free = int(i + j)
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

func (t *intTable) discard(k Object) {
	h := simHash(k)
	mask := uint64(len(t.slots) - 1)
	i := h & mask
	perturb := h
	for {
		probes := uint64(0)
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := uint64(0); j <= probes; j++ {
			e := &t.slots[i+j]
			if e.state == 0 {
				return
			}
			if e.state == 1 && e.hash == h && simEqual(e.key, k) {
				e.state = 2
				e.key = nil
				t.used--
				return
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// insertClean places a key in a table with no dummies (set_insert_clean).
func insertClean(slots []simSlot, k Object, h uint64) {
	mask := uint64(len(slots) - 1)
	i := h & mask
	perturb := h
	for {
		if slots[i].state == 0 {
			slots[i] = simSlot{k, h, 1}
			return
		}
		if i+setLinearProbes <= mask {
			for j := uint64(1); j <= setLinearProbes; j++ {
				if slots[i+j].state == 0 {
					slots[i+j] = simSlot{k, h, 1}
					return
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

func (t *intTable) resize(minused int) {
	size := 8
	for size <= minused {
		size <<= 1
	}
	old := t.slots
	t.slots = make([]simSlot, size)
	for _, e := range old {
		if e.state == 1 {
			insertClean(t.slots, e.key, e.hash)
		}
	}
	t.fill = t.used
}

// merge adds o's keys as set_merge does (keys already in t are skipped).
func (t *intTable) merge(o *intTable) {
	if o.used == 0 {
		return
	}
	if (t.fill+o.used)*5 >= (len(t.slots)-1)*3 {
		t.resize((t.used + o.used) * 2)
	}
	if t.fill == 0 && len(t.slots) == len(o.slots) && o.fill == o.used {
		copy(t.slots, o.slots)
		t.fill, t.used = o.fill, o.used
		return
	}
	if t.fill == 0 {
		for _, e := range o.slots {
			if e.state == 1 {
				insertClean(t.slots, e.key, e.hash)
			}
		}
		t.fill, t.used = o.used, o.used
		return
	}
	for _, e := range o.slots {
		if e.state == 1 && !t.has(e.key, e.hash) {
			t.add(e.key)
		}
	}
}

func (t *intTable) has(k Object, h uint64) bool {
	mask := uint64(len(t.slots) - 1)
	i := h & mask
	perturb := h
	for {
		probes := uint64(0)
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := uint64(0); j <= probes; j++ {
			e := &t.slots[i+j]
			if e.state == 0 {
				return false
			}
			if e.state == 1 && e.hash == h && simEqual(e.key, k) {
				return true
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

func (t *intTable) items() []Object {
	out := make([]Object, 0, t.used)
	for _, e := range t.slots {
		if e.state == 1 {
			out = append(out, e.key)
		}
	}
	return out
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

// setBinary mirrors set_or, set_intersection, set_difference and
// set_symmetric_difference, whose iteration choices decide the order of
// the result's elements.
func setBinary(th *Thread, op compile.BinOp, a, b *Set) (Object, error) {
	switch op {
	case compile.OpOr:
		out := a.Copy(a.Frozen)
		return out, out.Update(th, b)
	case compile.OpAnd:
		out := &Set{d: NewDict(), Frozen: a.Frozen, sim: newIntTable()}
		so, other := a, b
		if other.Len() > so.Len() {
			so, other = other, so
		}
		for _, v := range other.Items() {
			ok, err := so.Contains(th, v)
			if err != nil {
				return nil, err
			}
			if ok {
				if err := out.Add(th, v); err != nil {
					return nil, err
				}
			}
		}
		return out, nil
	case compile.OpSub:
		if a.Len()>>2 > b.Len() {
			out := a.Copy(a.Frozen)
			for _, v := range b.Items() {
				if _, err := out.Discard(th, v); err != nil {
					return nil, err
				}
			}
			return out, nil
		}
		out := &Set{d: NewDict(), Frozen: a.Frozen, sim: newIntTable()}
		for _, v := range a.Items() {
			ok, err := b.Contains(th, v)
			if err != nil {
				return nil, err
			}
			if !ok {
				if err := out.Add(th, v); err != nil {
					return nil, err
				}
			}
		}
		return out, nil
	case compile.OpXor:
		out := b.Copy(a.Frozen)
		for _, v := range a.Items() {
			ok, err := out.Discard(th, v)
			if err != nil {
				return nil, err
			}
			if !ok {
				if err := out.Add(th, v); err != nil {
					return nil, err
				}
			}
		}
		return out, nil
	}
	return nil, nil
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
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	return int64(h), nil
}
