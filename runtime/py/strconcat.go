package py

import "unsafe"

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
