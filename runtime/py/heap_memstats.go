//go:build js

package py

import "runtime"

// probeEvery is how many step checks go by between heap readings (each
// 16,384 steps), and bigAllocMin the size from which a string or bytes
// object counts towards an early reading (checkBytes): ReadMemStats costs
// some microseconds, too much for every step check, so moderate
// allocations are counted instead.
const (
	probeEvery  = 16
	bigAllocMin = 1 << 12
)

// heapReader reads the heap through runtime.ReadMemStats.
type heapReader struct {
	ms runtime.MemStats
}

// read returns the bytes of heap objects and sets p.live. MemStats has
// no figure for the bytes live at the last collection: the heap objects,
// garbage included, stand for it (the collector's tuning only).
func (p *heapProbe) read() int64 {
	runtime.ReadMemStats(&p.ms)
	p.live = int64(p.ms.HeapAlloc)
	return int64(p.ms.HeapAlloc)
}
