package py

import "runtime"

// heapProbe measures the Go heap for Thread.HeapLimit. The per-allocation
// checks of MemoryBudget cannot see many moderate allocations adding up
// (a list of a million-element lists); this catches them before the host
// runs out of memory. A full collection runs only when the live-plus-
// garbage figure passes the limit, so that the MemoryError depends on
// what the script still holds, not on when the collector last ran.
//
// The limit applies to growth since the probe's first reading, so that
// what the host process already held (a test binary, a fuzzer's corpus)
// does not count against the script.
//
// How the heap is read depends on the platform (heapReader): natively
// runtime/metrics, cheap enough to read at every step check; in the
// WebAssembly build runtime.ReadMemStats, read less often, because
// runtime/metrics' tables cost the page some 5 KiB of download.
type heapProbe struct {
	heapReader
	base    int64
	started bool
	// live is the heap's live bytes as of the last collection, or the
	// best estimate the platform gives (see heapReader.read).
	live int64
	// tick counts step checks between readings (probeEvery).
	tick int
}

// due reports whether the step check now due should read the heap.
func (p *heapProbe) due() bool {
	p.tick++
	if p.tick < probeEvery {
		return false
	}
	p.tick = 0
	return true
}

// over reports whether the heap holds more than limit bytes even after a
// garbage collection.
func (p *heapProbe) over(limit int64) bool {
	p.start()
	if p.read()-p.base <= limit {
		return false
	}
	runtime.GC()
	cur := p.read()
	if cur < p.base {
		p.base = cur
	}
	return cur-p.base > limit
}

// start takes the first reading, the base (NewThread calls it).
func (p *heapProbe) start() {
	if !p.started {
		p.started = true
		p.base = p.read()
	}
}
