package py

import (
	"strconv"
	"unsafe"
)

// minGrowConcat is the length from which str concatenation results get
// room to grow: below it a plain copy is cheap.
const minGrowConcat = 256

// concatStr returns a + b. CPython makes the classic `s += t` loop linear
// by resizing s in place when nothing else references it. Go strings are
// immutable, so instead the result of a long concatenation lives in a
// buffer with spare capacity (th.concatBuf): when the next concatenation's
// left operand is exactly that result (same data pointer and length), t is
// appended into the spare room. That is safe because the bytes past a
// string's length are never visible to it: every other string sharing the
// buffer is a prefix of it and keeps its own length.
func (th *Thread) concatStr(a, b Str) Str {
	n := len(a) + len(b)
	if n < minGrowConcat || len(b) == 0 {
		return a + b
	}
	buf := th.concatBuf
	if len(a) > 0 && len(buf) == len(a) && unsafe.StringData(string(a)) == unsafe.SliceData(buf) && cap(buf)-len(buf) >= len(b) {
		buf = append(buf, b...)
		th.concatBuf = buf
		return Str(unsafe.String(unsafe.SliceData(buf), len(buf)))
	}
	buf = make([]byte, n, 2*n)
	copy(buf, a)
	copy(buf[len(a):], b)
	th.concatBuf = buf
	return Str(unsafe.String(unsafe.SliceData(buf), n))
}

// strItab is the first word of an Object holding a Str (its itab).
var strItab = func() unsafe.Pointer {
	var o Object = Str("x")
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&o))[0]
}()

// newStrObject returns a str Object of n bytes, and those bytes for the
// caller to fill before anyone reads the str. Boxing a built string
// would take three allocations (the bytes, the string made of them, its
// header in the interface); here one block holds the header, then the
// bytes the header points to. The block needs no scanning: its only
// pointer points into itself.
func newStrObject(n int) (Object, []byte) {
	if n == 0 {
		return Str(""), nil
	}
	const hdr = int(unsafe.Sizeof(""))
	block := make([]byte, hdr+n)
	data := block[hdr:]
	*(*string)(unsafe.Pointer(&block[0])) = unsafe.String(&data[0], n)
	var o Object
	w := (*[2]unsafe.Pointer)(unsafe.Pointer(&o))
	w[0], w[1] = strItab, unsafe.Pointer(&block[0])
	return o, data
}

// intStr is str(x) in one allocation (strconv's string and its boxing
// would take two): f-strings and str() of ints are frequent.
func intStr(x Int) Object {
	var buf [20]byte
	b := strconv.AppendInt(buf[:0], int64(x), 10)
	o, data := newStrObject(len(b))
	copy(data, b)
	return o
}

// boxStrs returns parts as str objects. Boxing each string would allocate
// its header on its own (a split into 100 000 parts: 100 000 allocations
// for the collector to mark); the headers share one array instead, which
// lives as long as any of the strs.
func boxStrs(parts []string) []Object {
	items := make([]Object, len(parts))
	if len(parts) == 0 {
		return items
	}
	hdrs := make([]string, len(parts))
	copy(hdrs, parts)
	for i := range hdrs {
		w := (*[2]unsafe.Pointer)(unsafe.Pointer(&items[i]))
		w[0], w[1] = strItab, unsafe.Pointer(&hdrs[i])
	}
	return items
}

// tupleItab is the first word of an Object holding a Tuple.
var tupleItab = func() unsafe.Pointer {
	var o Object = Tuple{}
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&o))[0]
}()

// Blocks holding a small tuple's slice header and its items together:
// boxing a Tuple otherwise takes two allocations (the items, then the
// header the interface points to), and small tuples are made all the
// time (a, b = b, a; return x, y; dict items, enumerate, zip).
type (
	tupleBlock1 struct {
		hdr   Tuple
		items [1]Object
	}
	tupleBlock2 struct {
		hdr   Tuple
		items [2]Object
	}
	tupleBlock3 struct {
		hdr   Tuple
		items [3]Object
	}
	tupleBlock4 struct {
		hdr   Tuple
		items [4]Object
	}
)

// newTupleObject returns a tuple Object of n items, and those items for
// the caller to fill before anyone reads the tuple: one allocation for up
// to four items.
func newTupleObject(n int) (Object, Tuple) {
	var hdr *Tuple
	switch n {
	case 1:
		b := new(tupleBlock1)
		b.hdr, hdr = b.items[:], &b.hdr
	case 2:
		b := new(tupleBlock2)
		b.hdr, hdr = b.items[:], &b.hdr
	case 3:
		b := new(tupleBlock3)
		b.hdr, hdr = b.items[:], &b.hdr
	case 4:
		b := new(tupleBlock4)
		b.hdr, hdr = b.items[:], &b.hdr
	default:
		t := make(Tuple, n)
		return t, t
	}
	var o Object
	w := (*[2]unsafe.Pointer)(unsafe.Pointer(&o))
	w[0], w[1] = tupleItab, unsafe.Pointer(hdr)
	return o, *hdr
}

// pair is the tuple (a, b) in one allocation (newTupleObject).
func pair(a, b Object) Object {
	o, t := newTupleObject(2)
	t[0], t[1] = a, b
	return o
}
