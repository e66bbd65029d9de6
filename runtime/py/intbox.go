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
	if o := smallInt(v); o != nil {
		return o
	}
	return v
}

// smallInt is BoxInt(v) when v is small, nil when boxing it would
// allocate (code that must not call the allocator uses it).
func smallInt(v Int) Object {
	if i := uint64(v - smallIntMin); i < smallIntCount {
		var o Object
		w := (*[2]unsafe.Pointer)(unsafe.Pointer(&o))
		w[0], w[1] = intItab, unsafe.Pointer(&smallInts[i])
		return o
	}
	return nil
}

// Ints past the cached range are boxed in batches: boxInt gives each
// the next element of an array of intBoxBatch ints, allocated at once, so
// that the hot tier can box them without calling the allocator (which it
// must not, see runHot), and boxing costs one allocation per batch
// instead of one per int. An array lives as long as any int in it: a
// batch is small so that little is kept alive for one survivor.
const intBoxBatch = 16

// bigBox is BoxInt(v) for an int that is not small, from th's batch of
// boxes; nil when the batch is used up (refillIntBoxes makes another).
func (th *Thread) bigBox(v Int) Object {
	if len(th.intBoxes) == 0 {
		return nil
	}
	p := &th.intBoxes[0]
	th.intBoxes = th.intBoxes[1:]
	*p = v
	var o Object
	w := (*[2]unsafe.Pointer)(unsafe.Pointer(&o))
	w[0], w[1] = intItab, unsafe.Pointer(p)
	return o
}

// refillIntBoxes gives th a new batch of boxes for bigBox.
func (th *Thread) refillIntBoxes() {
	th.intBoxes = make([]Int, intBoxBatch)
}

// Floats are boxed the same way in the hot tier (floatBox): each float an
// arithmetic instruction makes would otherwise be an allocation.
const floatBoxBatch = 32

// floatItab is the first word of an Object holding a Float.
var floatItab = func() unsafe.Pointer {
	var o Object = Float(0.5)
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&o))[0]
}()

// floatBox is f as an Object from th's batch of boxes; nil when the
// batch is used up (refillFloatBoxes makes another).
func (th *Thread) floatBox(f Float) Object {
	if len(th.floatBoxes) == 0 {
		return nil
	}
	p := &th.floatBoxes[0]
	th.floatBoxes = th.floatBoxes[1:]
	*p = f
	var o Object
	w := (*[2]unsafe.Pointer)(unsafe.Pointer(&o))
	w[0], w[1] = floatItab, unsafe.Pointer(p)
	return o
}

// refillFloatBoxes gives th a new batch of boxes for floatBox.
func (th *Thread) refillFloatBoxes() {
	th.floatBoxes = make([]Float, floatBoxBatch)
}
