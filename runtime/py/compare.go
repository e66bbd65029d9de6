package py

import (
	"math"
	"math/big"

	"github.com/aioplay/aioplay/runtime/compile"
)

type bigFloat = big.Float

var cmpSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}
var cmpDunders = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

// reflected comparison: a < b is b > a.
var cmpSwapped = [...]compile.CmpOp{compile.CmpGt, compile.CmpGe, compile.CmpEq, compile.CmpNe, compile.CmpLt, compile.CmpLe}

func cmpResult(op compile.CmpOp, c int) bool {
	switch op {
	case compile.CmpLt:
		return c < 0
	case compile.CmpLe:
		return c <= 0
	case compile.CmpEq:
		return c == 0
	case compile.CmpNe:
		return c != 0
	case compile.CmpGt:
		return c > 0
	}
	return c >= 0
}

// RichCompare implements a op b for the six comparisons.
func RichCompare(th *Thread, op compile.CmpOp, a, b Object) (Object, error) {
	if overridden(th, a, cmpDunders[op]) == nil && overridden(th, b, cmpDunders[cmpSwapped[op]]) == nil {
		v, err := builtinCompare(th, op, a, b)
		if v != nil || err != nil {
			return v, err
		}
	}
	// Comparisons that may run Python code count against the recursion
	// limit, as CPython's PyObject_RichCompare does.
	if err := th.enterNested(" in comparison"); err != nil {
		return nil, err
	}
	defer th.leaveNested()
	ta, tb := a.Type(), b.Type()
	// The reflected method is tried after a's own, even when both operands
	// have the same type (v > w falls back to w.__lt__(v)); a proper
	// subclass's reflection goes first.
	tryRev := true
	if ta != tb && tb.IsSubtype(ta) && tb.Flags&FlagHeapType != 0 {
		r, err := callCmpSlot(th, tb, cmpSwapped[op], b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
		tryRev = false
	}
	r, err := callCmpSlot(th, ta, op, a, b)
	if err != nil || r != NotImplemented {
		return r, err
	}
	if tryRev {
		r, err := callCmpSlot(th, tb, cmpSwapped[op], b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	switch op {
	case compile.CmpEq:
		return Bool(Is(a, b)), nil
	case compile.CmpNe:
		return Bool(!Is(a, b)), nil
	}
	return nil, th.Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", cmpSymbols[op], ta.Name, tb.Name)
}

// callCmpSlot is t's rich comparison slot: the class's dunder for op, with
// object's defaults (== is identity, otherwise NotImplemented; != is the
// inverse of the class's __eq__ unless that returns NotImplemented).
func callCmpSlot(th *Thread, t *Type, op compile.CmpOp, x, y Object) (Object, error) {
	m := t.Lookup(cmpDunders[op])
	if m == nil {
		return NotImplemented, nil
	}
	if !isObjectCmp(m) {
		return th.Call(m, []Object{x, y}, nil)
	}
	switch op {
	case compile.CmpEq:
		if Is(x, y) {
			return True, nil
		}
	case compile.CmpNe:
		return objectNe(th, t, x, y)
	}
	return NotImplemented, nil
}

// objectNe is object.__ne__: the inverse of t's __eq__, NotImplemented
// when that is.
func objectNe(th *Thread, t *Type, x, y Object) (Object, error) {
	r, err := callCmpSlot(th, t, compile.CmpEq, x, y)
	if err != nil || r == NotImplemented {
		return r, err
	}
	v, err := Truth(th, r)
	return Bool(!v), err
}

func isObjectCmp(m Object) bool {
	b, ok := m.(*Builtin)
	return ok && b.Qualname == "object.__eq__" || ok && b.Qualname == "object.__ne__"
}

// builtinCompare compares builtin values; (nil, nil) means "not handled".
func builtinCompare(th *Thread, op compile.CmpOp, a, b Object) (Object, error) {
	ia, ib := asIntLike(a), asIntLike(b)
	if ia != nil && ib != nil {
		return Bool(cmpResult(op, intCmp(ia, ib))), nil
	}
	if fa, ok := a.(Float); ok {
		if fb, ok := b.(Float); ok {
			return Bool(floatCmp(op, float64(fa), float64(fb))), nil
		}
		if ib != nil {
			return Bool(floatIntCmp(op, float64(fa), ib)), nil
		}
	}
	if fb, ok := b.(Float); ok && ia != nil {
		return Bool(floatIntCmp(cmpSwapped[op], float64(fb), ia)), nil
	}
	switch x := a.(type) {
	case Str:
		if y, ok := b.(Str); ok {
			return Bool(cmpResult(op, strCompare(string(x), string(y)))), nil
		}
	case Bytes:
		if y, ok := b.(Bytes); ok {
			return Bool(cmpResult(op, strCompare(string(x), string(y)))), nil
		}
	case Tuple:
		if y, ok := b.(Tuple); ok {
			return seqCompare(th, op, x, y)
		}
	case *List:
		if y, ok := b.(*List); ok {
			return seqCompare(th, op, x.Items, y.Items)
		}
	case *Set:
		if y, ok := b.(*Set); ok {
			return setCompare(th, op, x, y)
		}
	case *Dict:
		if y, ok := b.(*Dict); ok && (op == compile.CmpEq || op == compile.CmpNe) {
			if err := th.enterNested(" in comparison"); err != nil {
				return nil, err
			}
			eq, err := dictEqual(th, x, y)
			th.leaveNested()
			if err != nil {
				return nil, err
			}
			return Bool(eq == (op == compile.CmpEq)), nil
		}
	case *Range:
		if y, ok := b.(*Range); ok && (op == compile.CmpEq || op == compile.CmpNe) {
			eq := x.Len() == y.Len() && (x.Len() == 0 || x.Start == y.Start && (x.Len() == 1 || x.Step == y.Step))
			return Bool(eq == (op == compile.CmpEq)), nil
		}
	case *NoneType:
		if op == compile.CmpEq || op == compile.CmpNe {
			return Bool((b == None) == (op == compile.CmpEq)), nil
		}
	case Complex:
		if op == compile.CmpEq || op == compile.CmpNe {
			fb, ok := floatOperand(b)
			var eq bool
			if y, isC := b.(Complex); isC {
				eq = x == y
			} else if ok {
				eq = complex128(x) == complex(fb, 0)
			} else {
				return nil, nil
			}
			return Bool(eq == (op == compile.CmpEq)), nil
		}
	case *dictView:
		if x.kind != viewValues {
			return dictViewCompare(th, op, x, b)
		}
	}
	if v, ok := b.(*dictView); ok && v.kind != viewValues {
		if _, isSet := a.(*Set); isSet {
			return dictViewCompare(th, cmpSwapped[op], v, a)
		}
	}
	return nil, nil
}

func floatCmp(op compile.CmpOp, a, b float64) bool {
	switch op {
	case compile.CmpLt:
		return a < b
	case compile.CmpLe:
		return a <= b
	case compile.CmpEq:
		return a == b
	case compile.CmpNe:
		return a != b
	case compile.CmpGt:
		return a > b
	}
	return a >= b
}

// floatIntCmp compares a float with an int exactly (no rounding of the int).
func floatIntCmp(op compile.CmpOp, f float64, i Object) bool {
	if math.IsNaN(f) {
		return op == compile.CmpNe
	}
	if math.IsInf(f, 0) {
		if f > 0 {
			return cmpResult(op, 1)
		}
		return cmpResult(op, -1)
	}
	if x, ok := i.(Int); ok && x > -(1<<53) && x < 1<<53 {
		return floatCmp(op, f, float64(x))
	}
	bf := new(big.Float).SetFloat64(f)
	bi := new(big.Float).SetInt(toBig(i))
	return cmpResult(op, bf.Cmp(bi))
}

// strCompare orders strings by code point, which for valid UTF-8 is the
// byte order.
func strCompare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func seqCompare(th *Thread, op compile.CmpOp, x, y []Object) (Object, error) {
	if (op == compile.CmpEq || op == compile.CmpNe) && len(x) != len(y) {
		return Bool(op == compile.CmpNe), nil
	}
	if err := th.enterNested(" in comparison"); err != nil {
		return nil, err
	}
	defer th.leaveNested()
	n := min(len(x), len(y))
	for i := 0; i < n; i++ {
		eq, err := Equal(th, x[i], y[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			switch op {
			case compile.CmpEq:
				return False, nil
			case compile.CmpNe:
				return True, nil
			}
			return RichCompare(th, op, x[i], y[i])
		}
	}
	return Bool(cmpResult(op, cmpInt(len(x), len(y)))), nil
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Equal implements a == b as a Go bool.
func Equal(th *Thread, a, b Object) (bool, error) {
	if Is(a, b) {
		if f, ok := a.(Float); ok && math.IsNaN(float64(f)) {
			return false, nil
		}
		return true, nil
	}
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	case Str:
		if y, ok := b.(Str); ok {
			return x == y, nil
		}
		if b.Type().Flags&FlagHeapType == 0 {
			return false, nil
		}
	}
	r, err := RichCompare(th, compile.CmpEq, a, b)
	if err != nil {
		return false, err
	}
	if bv, ok := r.(Bool); ok {
		return bool(bv), nil
	}
	return Truth(th, r)
}

// Less implements a < b as a Go bool (sorting, min, max).
func Less(th *Thread, a, b Object) (bool, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return x < y, nil
		}
	}
	if x, ok := a.(Str); ok {
		if y, ok := b.(Str); ok {
			return x < y, nil
		}
	}
	r, err := RichCompare(th, compile.CmpLt, a, b)
	if err != nil {
		return false, err
	}
	return Truth(th, r)
}

func strHash(s string) int64 {
	if s == "" {
		return 0 // as CPython: hash('') == 0
	}
	// FNV-1a, inline: hashing must not allocate (attribute and global
	// lookups hash names all the time).
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	v := int64(h >> 1)
	if v == -1 {
		v = -2
	}
	return v
}

// floatHash is CPython's hash of a float: integral values hash like the
// equal int, others by their exact binary fraction modulo 2**61-1.
func floatHash(f float64) int64 {
	if math.IsInf(f, 1) {
		return 314159
	}
	if math.IsInf(f, -1) {
		return -314159
	}
	if math.IsNaN(f) {
		return 0
	}
	if f == math.Trunc(f) && math.Abs(f) < 1<<63 {
		return intHash(Int(int64(f)))
	}
	const bitsMod = 61
	const mod = uint64(1)<<bitsMod - 1
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & mod) | x>>(bitsMod-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= mod {
			x -= mod
		}
	}
	if e >= 0 {
		e = e % bitsMod
	} else {
		e = bitsMod - 1 - ((-1 - e) % bitsMod)
	}
	x = ((x << uint(e)) & mod) | x>>(bitsMod-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// Hash implements hash(x).
func Hash(th *Thread, o Object) (int64, error) {
	switch v := o.(type) {
	case Str:
		return strHash(string(v)), nil
	case Int:
		return intHash(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return intHash(v), nil
	case Float:
		return floatHash(float64(v)), nil
	case Bytes:
		return strHash(string(v)), nil
	case Tuple:
		return tupleHash(th, v)
	case *NoneType:
		return 0x5f5e100, nil
	case *List, *Dict, *ByteArray:
		return 0, th.Errorf(TypeErrorType, "unhashable type: '%s'", o.Type().Name)
	case *Set:
		if !v.Frozen {
			return 0, th.NewError(TypeErrorType, "unhashable type: 'set'")
		}
		return frozensetHash(th, v)
	case *Range:
		return tupleHash(th, Tuple{Int(v.Len()), Int(v.Start), Int(v.Step)})
	case Complex:
		return floatHash(real(complex128(v))) + 1000003*floatHash(imag(complex128(v))), nil
	}
	cls := o.Type()
	if cls.Flags&FlagHeapType != 0 {
		h := cls.Lookup("__hash__")
		if h == None {
			return 0, th.Errorf(TypeErrorType, "unhashable type: '%s'", cls.Name)
		}
		if h != nil && h != objectHash {
			r, err := th.Call(h, []Object{o}, nil)
			if err != nil {
				return 0, err
			}
			i := asIntLike(r)
			if i == nil {
				return 0, th.NewError(TypeErrorType, "__hash__ method should return an integer")
			}
			hv := intHash(i)
			return hv, nil
		}
	}
	return int64(th.ID(o) >> 4), nil
}

// tupleHash is CPython 3.11's xxHash-based tuple hash.
func tupleHash(th *Thread, t Tuple) (int64, error) {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	if err := th.enterGo(); err != nil {
		return 0, err
	}
	defer th.leaveGo()
	acc := uint64(prime5)
	for _, item := range t {
		h, err := Hash(th, item)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * prime2
		acc = acc<<31 | acc>>33
		acc *= prime1
	}
	acc += uint64(len(t)) ^ (prime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// ID returns a stable, deterministic identity number for o (id(o)):
// assigned on first request, so it does not depend on memory addresses.
func (th *Thread) ID(o Object) uint64 {
	if h, ok := o.(IDHolder); ok {
		// The object keeps its own number: the table below would keep
		// it alive for the rest of the run.
		p := h.IDSlot()
		if *p == 0 {
			*p = th.newID()
		}
		return *p
	}
	if th.ids == nil {
		th.ids = make(map[any]uint64)
	}
	// A tuple (a slice, not comparable) is identified by its backing array.
	var key any = o
	if t, ok := o.(Tuple); ok {
		if len(t) == 0 {
			return 0x7f3a2c000010
		}
		key = &t[0]
	}
	if id, ok := th.ids[key]; ok {
		return id
	}
	id := th.newID()
	th.ids[key] = id
	return id
}

// newID hands out the next identity number (addresses as CPython's might
// look, 0x30 apart).
func (th *Thread) newID() uint64 {
	th.nextID++
	return 0x7f3a2c000000 + th.nextID*0x30
}

// IDHolder is implemented by objects that keep their own id() number
// (instances, coroutines, futures: those that are hashed by identity in
// bulk), so that Thread.ID's table need not hold them.
type IDHolder interface {
	IDSlot() *uint64
}
