package loop

import (
	"math"
	"sort"
	"testing"
)

// lcg is a tiny deterministic generator for the randomised tests.
type lcg uint64

func (r *lcg) next() uint64 {
	*r = *r*6364136223846793005 + 1442695040888963407
	return uint64(*r >> 33)
}

func TestDequeAgainstSlice(t *testing.T) {
	var d deque
	var want []*Handle
	r := lcg(1)
	for step := 0; step < 200000; step++ {
		// Phases of growth and shrinkage, so that the buffer wraps, doubles
		// and halves many times.
		pushBias := uint64(3)
		if (step/5000)%2 == 1 {
			pushBias = 1
		}
		if r.next()%4 < pushBias {
			h := &Handle{seq: uint64(step)}
			d.pushBack(h)
			want = append(want, h)
		} else {
			got := d.popFront()
			var w *Handle
			if len(want) > 0 {
				w, want = want[0], want[1:]
			}
			if got != w {
				t.Fatalf("step %d: popFront mismatch", step)
			}
		}
		if d.Len() != len(want) || (d.n > 0 && d.buf[d.head] != want[0]) {
			t.Fatalf("step %d: len %d want %d", step, d.Len(), len(want))
		}
		if len(d.buf) != 0 && (len(d.buf)&(len(d.buf)-1) != 0 || d.n > len(d.buf)) {
			t.Fatalf("step %d: bad buffer size %d for %d", step, len(d.buf), d.n)
		}
	}
	d.clear()
	if d.Len() != 0 || d.popFront() != nil {
		t.Fatal("clear")
	}
}

func TestDequeShrinks(t *testing.T) {
	var d deque
	for i := 0; i < 1<<20; i++ {
		d.pushBack(&Handle{})
	}
	for d.Len() > 10 {
		d.popFront()
	}
	if len(d.buf) > 64 {
		t.Fatalf("buffer of %d slots kept for %d handles", len(d.buf), d.Len())
	}
}

func TestHeapOrder(t *testing.T) {
	r := lcg(7)
	whens := []float64{math.NaN(), math.Inf(-1), math.Inf(1), 0, -1, 1000, 1000.5, 1e300}
	var hp timerHeap
	var all []*Handle
	for i := 0; i < 5000; i++ {
		var w float64
		if r.next()%4 == 0 {
			w = whens[r.next()%uint64(len(whens))]
		} else {
			w = float64(r.next()%50) / 4
		}
		h := &Handle{when: w, seq: uint64(i)}
		hp.push(h)
		all = append(all, h)
		// Interleave pops with pushes.
		if r.next()%5 == 0 {
			p := hp.pop()
			all = remove(all, p)
			for _, o := range all {
				if timerLess(o, p) {
					t.Fatalf("popped %v/%d before %v/%d", p.when, p.seq, o.when, o.seq)
				}
			}
		}
	}
	sort.Slice(all, func(i, j int) bool { return keyLess(all[i], all[j]) })
	for i, want := range all {
		if got := hp.pop(); got != want {
			t.Fatalf("pop %d: got %v/%d, want %v/%d", i, got.when, got.seq, want.when, want.seq)
		}
	}
	if len(hp) != 0 || cap(hp) > 2*minHeapCap {
		t.Fatalf("heap left with len %d cap %d", len(hp), cap(hp))
	}
}

// keyLess is the heap's order written independently: NaN first, then by
// deadline, ties by scheduling number.
func keyLess(a, b *Handle) bool {
	an, bn := math.IsNaN(a.when), math.IsNaN(b.when)
	switch {
	case an != bn:
		return an
	case !an && a.when != b.when:
		return a.when < b.when
	}
	return a.seq < b.seq
}

func remove(s []*Handle, h *Handle) []*Handle {
	for i, o := range s {
		if o == h {
			return append(s[:i], s[i+1:]...)
		}
	}
	return s
}
