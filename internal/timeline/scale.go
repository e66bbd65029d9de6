package timeline

// Scale maps event indexes to x positions in a plot of width W (see the
// package doc: x(i) = S·(t_i − t_0) + E·i + E/2).
type Scale struct {
	W, E, S float64
	t0, t   float64
	times   []float64
}

// Largest width of one event's slot, in pixels.
const maxSlot = 16

// NewScale fits m's events into a plot w pixels wide.
func NewScale(m *Model, w float64) Scale {
	n := len(m.Events)
	s := Scale{W: w, t0: m.T0, t: m.T, times: make([]float64, n)}
	for i, ev := range m.Events {
		s.times[i] = ev.T
	}
	if n == 0 {
		return s
	}
	if m.T > 0 {
		s.E = min(maxSlot, w/float64(2*n))
		s.S = (w - s.E*float64(n)) / m.T
	} else {
		s.E = min(maxSlot, w/float64(n))
	}
	return s
}

// X is the centre of event i's slot; for i = N it is the plot's end.
func (s Scale) X(i int) float64 {
	if i >= len(s.times) {
		return s.End()
	}
	return s.S*(s.times[i]-s.t0) + s.E*(float64(i)+0.5)
}

// Start is where event i's slot begins.
func (s Scale) Start(i int) float64 {
	if i >= len(s.times) {
		return s.End()
	}
	return s.S*(s.times[i]-s.t0) + s.E*float64(i)
}

// End is the plot's right end: S·T + E·N.
func (s Scale) End() float64 {
	return s.S*s.t + s.E*float64(len(s.times))
}

// BlockEnd is where a blocking time.sleep's band ends: the start of the
// slot after it, at the virtual time the sleep ended.
func (s Scale) BlockEnd(b Block) float64 {
	return s.S*(b.Until-s.t0) + s.E*float64(b.At+1)
}

// Tick is one time label: the seconds since the clock's origin, at the
// start of the first slot with that time.
type Tick struct {
	X     float64
	Label string
}

// ClockOrigin is loop.time() when a run starts; labels count from it.
const ClockOrigin = 1000.0

// Minimum distance between two time labels, in pixels.
const tickGap = 44

// Ticks returns the time labels: one per distinct time, skipping those
// closer than tickGap to the previous one.
func (s Scale) Ticks() []Tick {
	var ticks []Tick
	last := -1e9
	for i, t := range s.times {
		if i > 0 && t == s.times[i-1] {
			continue
		}
		x := s.Start(i)
		if x-last < tickGap {
			continue
		}
		last = x
		ticks = append(ticks, Tick{X: x, Label: FormatSeconds(t-ClockOrigin) + " s"})
	}
	return ticks
}
