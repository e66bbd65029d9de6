package py

import "unsafe"

// Boxing an Int into an Object allocates (Go only spares the values
// below 256), and loops over ranges and counters box an int per step:
// the allocations, and the collector marking them, cost more than the
// arithmetic. Like CPython's small-int cache, but wider, BoxInt hands out
// interface values whose data points into one static array of the ints
// [smallIntMin, smallIntMin+smallIntCount): no allocation, nothing for
// the collector to mark. The result is an ordinary Object holding an Int
// (same dynamic type, same value, equal under ==).

const (
	smallIntMin   = -1024
	smallIntCount = 1 << 17
)

// smallInts holds the boxed values; smallInts[i] == smallIntMin+i.
var smallInts = func() *[smallIntCount]Int {
	var a [smallIntCount]Int
	for i := range a {
		a[i] = Int(smallIntMin + i)
	}
	return &a
}()

// intItab is the first word of an Object holding an Int (its itab).
var intItab = func() unsafe.Pointer {
	var o Object = Int(smallIntMin - 1)
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&o))[0]
}()

// BoxInt returns v as an Object without allocating when v is small.
func BoxInt(v Int) Object {
	if i := uint64(v - smallIntMin); i < smallIntCount {
		var o Object
		w := (*[2]unsafe.Pointer)(unsafe.Pointer(&o))
		w[0], w[1] = intItab, unsafe.Pointer(&smallInts[i])
		return o
	}
	return v
}
