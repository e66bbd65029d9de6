package py

import (
	"runtime"
	"runtime/metrics"
)

// heapProbe measures the Go heap for Thread.HeapLimit. The per-allocation
// checks of MemoryBudget cannot see many moderate allocations adding up
// (a list of a million-element lists); this catches them before the host
// runs out of memory. Reading the metric is cheap; a full collection runs
// only when the live-plus-garbage figure passes the limit, so that the
// MemoryError depends on what the script still holds, not on when the
// collector last ran.
//
// The limit applies to growth since the probe's first reading, so that
// what the host process already held (a test binary, a fuzzer's corpus)
// does not count against the script.
type heapProbe struct {
	sample []metrics.Sample
	base   int64
	// live is the heap's live bytes as of the last collection, read
	// with the other figure.
	live int64
}

// heapMetric is the bytes occupied by heap objects, live or not yet swept;
// liveMetric the bytes found live by the last collection.
const (
	heapMetric = "/memory/classes/heap/objects:bytes"
	liveMetric = "/gc/heap/live:bytes"
)

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
	if p.sample == nil {
		p.sample = []metrics.Sample{{Name: heapMetric}, {Name: liveMetric}}
		p.base = p.read()
	}
}

func (p *heapProbe) read() int64 {
	metrics.Read(p.sample)
	if p.sample[1].Value.Kind() == metrics.KindUint64 {
		p.live = int64(p.sample[1].Value.Uint64())
	}
	if p.sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(p.sample[0].Value.Uint64())
}
