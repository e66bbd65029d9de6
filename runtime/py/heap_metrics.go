//go:build !js

package py

import "runtime/metrics"

// probeEvery is how many step checks go by between heap readings, and
// bigAllocMin the size from which a string or bytes object counts
// towards an early reading (checkBytes): runtime/metrics is cheap to read.
const (
	probeEvery  = 1
	bigAllocMin = 1 << 16
)

// heapReader reads the heap through runtime/metrics.
type heapReader struct {
	sample []metrics.Sample
}

// heapMetric is the bytes occupied by heap objects, live or not yet swept;
// liveMetric the bytes found live by the last collection.
const (
	heapMetric = "/memory/classes/heap/objects:bytes"
	liveMetric = "/gc/heap/live:bytes"
)

// read returns the bytes of heap objects and sets p.live.
func (p *heapProbe) read() int64 {
	if p.sample == nil {
		p.sample = []metrics.Sample{{Name: heapMetric}, {Name: liveMetric}}
	}
	metrics.Read(p.sample)
	if p.sample[1].Value.Kind() == metrics.KindUint64 {
		p.live = int64(p.sample[1].Value.Uint64())
	}
	if p.sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(p.sample[0].Value.Uint64())
}
