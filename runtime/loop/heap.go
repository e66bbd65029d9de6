package loop

// timerHeap is the scheduled-timers heap, standing in for the list that
// BaseEventLoop._scheduled manages with heapq: a binary min-heap in a slice,
// with the earliest timer at index 0. It is written out rather than built on
// container/heap so that push and pop cost no interface conversions and no
// allocation beyond the slice's amortised growth.
type timerHeap []*Handle

// minHeapCap is the capacity below which the heap's slice never shrinks.
const minHeapCap = 64

// timerLess orders timers by (when, seq). The seq tie-break is our contract:
// equal deadlines fire in scheduling order (CPython's TimerHandle compares
// when alone). NaN deadlines sort before all others, in seq order, so the
// order is total and the heap stays valid whatever the deadlines; such a
// timer is due at once (see runOnce), as it is in CPython once it reaches the
// head of the heap.
func timerLess(a, b *Handle) bool {
	if a.when < b.when {
		return true
	}
	if a.when > b.when {
		return false
	}
	// Equal, or at least one NaN.
	aNaN, bNaN := a.when != a.when, b.when != b.when
	if aNaN != bNaN {
		return aNaN
	}
	return a.seq < b.seq
}

// push adds h (heapq.heappush).
func (hp *timerHeap) push(h *Handle) {
	*hp = append(*hp, h)
	hp.up(len(*hp) - 1)
}

// pop removes and returns the earliest timer (heapq.heappop). The heap must
// not be empty.
func (hp *timerHeap) pop() *Handle {
	s := *hp
	n := len(s) - 1
	h := s[0]
	s[0] = s[n]
	s[n] = nil // let the popped handle be collected with its callback
	s = s[:n]
	if cap(s) > minHeapCap && n <= cap(s)/4 {
		// Give back the memory of a burst of timers, as the ready queue
		// does; amortised O(1), since at least 3/4 of the slots were freed
		// by pops since the last growth or shrink.
		s = append(make(timerHeap, 0, cap(s)/2), s...)
	}
	*hp = s
	if n > 0 {
		hp.down(0)
	}
	return h
}

// heapify restores the heap property over the whole slice in O(n)
// (heapq.heapify).
func (hp timerHeap) heapify() {
	for i := len(hp)/2 - 1; i >= 0; i-- {
		hp.down(i)
	}
}

// up moves the element at i towards the root until its parent is not later.
func (hp timerHeap) up(i int) {
	h := hp[i]
	for i > 0 {
		p := (i - 1) / 2
		if !timerLess(h, hp[p]) {
			break
		}
		hp[i] = hp[p]
		i = p
	}
	hp[i] = h
}

// down moves the element at i towards the leaves until no child is earlier.
func (hp timerHeap) down(i int) {
	n := len(hp)
	h := hp[i]
	for {
		c := 2*i + 1
		if c >= n {
			break
		}
		if r := c + 1; r < n && timerLess(hp[r], hp[c]) {
			c = r
		}
		if !timerLess(hp[c], h) {
			break
		}
		hp[i] = hp[c]
		i = c
	}
	hp[i] = h
}
